import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { ownAttendanceAction } from '@/lib/shifts/actions';
import type { MyShift } from '@/lib/shifts/queries';
import { ShiftCard, ShiftListSection, shiftsText, touchButton } from './shared';

/** My past shifts with their attendance; on the day itself I may mark it myself (unless the coordinator did). */
export async function PastShifts({ shifts, today }: { shifts: MyShift[]; today: string }) {
  const { t, forShift } = await shiftsText();
  return (
    <ShiftListSection id="past" title={t('pastTitle')} intro={t('pastIntro')} empty={t('pastEmpty')} count={shifts.length} testId="past-shifts">
      {shifts.map((s) => (
        <ShiftCard key={s.shiftId} shift={s} testId={`past-shift-${s.shiftId}`}>
          {s.partners.length ? <p className="mt-1">{t('partner', { names: s.partners.join(', ') })}</p> : null}
          <p className="mt-2 font-semibold" data-testid="attendance">
            {s.attended === null ? t('attendance.unknown') : s.attended ? t('attendance.yes') : t('attendance.no')}
          </p>
          {s.attended !== null && !s.selfAttested ? (
            <p className="mt-1 text-sm text-slate-700">{t('attendanceByCoordinator')}</p>
          ) : s.date !== today ? (
            <p className="mt-1 text-sm text-slate-700">{t('attendanceOnlyToday')}</p>
          ) : (
            <PlainActionForm action={ownAttendanceAction} className="mt-2 flex flex-col gap-2 sm:flex-row">
              <input type="hidden" name="shiftId" value={s.shiftId} />
              {s.attended !== true ? (
                <Button name="attended" value="true" block className={touchButton} aria-label={forShift(t('markAttended'), s)}>
                  {t('markAttended')}
                </Button>
              ) : null}
              {s.attended !== false ? (
                <Button name="attended" value="false" variant="secondary" block className={touchButton} aria-label={forShift(t('markAbsent'), s)}>
                  {t('markAbsent')}
                </Button>
              ) : null}
            </PlainActionForm>
          )}
        </ShiftCard>
      ))}
    </ShiftListSection>
  );
}
