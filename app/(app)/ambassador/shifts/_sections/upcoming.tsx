import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { cancelOwnShiftAction } from '@/lib/shifts/actions';
import type { MyShift } from '@/lib/shifts/queries';
import { canCancel, cancelDeadline } from '@/lib/dagdelen';
import { ShiftCard, ShiftListSection, shiftsText, touchButton } from './shared';

/** My coming shifts, with the partner and cancelling until the deadline. */
export async function UpcomingShifts({ shifts, now }: { shifts: MyShift[]; now: Date }) {
  const { t, format, forShift } = await shiftsText();
  return (
    <ShiftListSection id="mine" title={t('upcomingTitle')} empty={t('upcomingEmpty')} count={shifts.length} testId="my-shifts">
      {shifts.map((s) => (
        <ShiftCard key={s.shiftId} shift={s} testId={`my-shift-${s.shiftId}`}>
          <p className="mt-1">{s.partners.length ? t('partner', { names: s.partners.join(', ') }) : t('noPartner')}</p>
          {canCancel(s.date, s.dagdeel, now) ? (
            <PlainActionForm action={cancelOwnShiftAction} className="mt-3">
              <input type="hidden" name="shiftId" value={s.shiftId} />
              <p className="mb-2 text-sm text-slate-700">
                {t('cancelUntil', { deadline: format.dateTime(cancelDeadline(s.date, s.dagdeel), { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }) })}
              </p>
              <Button variant="secondary" block className={touchButton} aria-label={forShift(t('cancel'), s)}>
                {t('cancel')}
              </Button>
            </PlainActionForm>
          ) : (
            <p className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-950">{t('cancelClosed')}</p>
          )}
        </ShiftCard>
      ))}
    </ShiftListSection>
  );
}
