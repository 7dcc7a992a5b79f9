import { getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { signUpAction } from '@/lib/shifts/actions';
import type { OpenShift } from '@/lib/shifts/queries';
import { ShiftCard, ShiftListSection, shiftsText, touchButton } from './shared';

/** Shifts with free places to sign up for (a clash with one of mine is said). */
export async function OpenShifts({ shifts }: { shifts: OpenShift[] }) {
  const { t, forShift } = await shiftsText();
  const tk = await getTranslations('events.kinds');
  const ta = await getTranslations('availability');
  return (
    <ShiftListSection id="open" title={t('openTitle')} intro={t('openIntro')} empty={t('openEmpty')} count={shifts.length} testId="open-shifts">
      {shifts.map((s) => (
        <ShiftCard
          key={s.shiftId}
          shift={s}
          testId={`open-shift-${s.shiftId}`}
          meta={
            <p className="text-sm text-slate-700">
              {tk(s.eventKind as never)}
              {s.wijkName ? ` · ${s.wijkName}` : ''}
            </p>
          }
        >
          <p className="mt-1 font-semibold">{t('free', { count: s.free })}</p>
          {s.clash ? <p className="mt-1 text-sm font-semibold text-amber-900">{t('clash')}</p> : null}
          {s.away ? <p className="mt-1 text-sm font-semibold text-amber-900">{ta('openAway')}</p> : null}
          <PlainActionForm action={signUpAction} className="mt-3">
            <input type="hidden" name="shiftId" value={s.shiftId} />
            <Button block className={touchButton} aria-label={forShift(t('signUp'), s)}>
              {t('signUp')}
            </Button>
          </PlainActionForm>
        </ShiftCard>
      ))}
    </ShiftListSection>
  );
}
