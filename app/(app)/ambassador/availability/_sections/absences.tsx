import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { addAbsenceAction, removeAbsenceAction } from '@/lib/availability/actions';
import { ABSENCE_REASONS, type AbsencePeriod } from '@/lib/availability/rules';
import { availabilityText } from '../../../_availability/text';

/** Absence periods that have not ended, each with a remove button (and a warning when a shift of mine falls in it); then the form to add one. */
export async function AbsencesSection({ absences, shiftDates, today }: { absences: AbsencePeriod[]; shiftDates: string[]; today: string }) {
  const { t, period } = await availabilityText();
  return (
    <Section id="absences" title={t('absences.title')} card className="mt-6" data-testid="my-absences">
      <p className="mt-1">{t('absences.intro')}</p>
      {absences.length === 0 ? <p className="mt-2">{t('absences.none')}</p> : null}
      <ul className="mt-2 divide-y divide-slate-200" aria-label={t('absences.listLabel')}>
        {absences.map((a) => (
          <li key={a.id} className="py-2" data-testid="absence">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="font-semibold">{period(a)}</span> · {t(`reasons.${a.reason}`)}
              </p>
              <PlainActionForm action={removeAbsenceAction}>
                <input type="hidden" name="absenceId" value={a.id} />
                <Button variant="secondary" size="small" aria-label={t('absences.removeLabel', { period: period(a) })}>
                  {t('absences.remove')}
                </Button>
              </PlainActionForm>
            </div>
            {shiftDates.some((d) => a.startsOn <= d && d <= a.endsOn) ? <p className="mt-1 font-semibold text-amber-900">{t('absences.shiftsDuring')}</p> : null}
          </li>
        ))}
      </ul>
      <ActionForm
        idPrefix="absence"
        action={addAbsenceAction}
        className="mt-4"
        fields={[
          { kind: 'date', name: 'startsOn', label: t('absences.startsOn'), required: true, defaultValue: today },
          { kind: 'date', name: 'endsOn', label: t('absences.endsOn'), required: true },
          { kind: 'radio', name: 'reason', label: t('absences.reason'), options: ABSENCE_REASONS.map((r) => ({ value: r, label: t(`reasons.${r}`) })), defaultValue: 'holiday', required: true },
        ]}
        submitLabel={t('absences.add')}
      />
    </Section>
  );
}
