import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { getDb } from '@/db/client';
import { bookSlotAction, inviteEscortAction, saveChecklistAction } from '@/lib/intake/actions';
import { escortSuggestions, leadIntake, openSlotsFor } from '@/lib/intake/queries';
import { INTAKE_CHECKLIST } from '@/lib/intake/rules';
import { type LeadDetail, leadFormat, versioned } from './shared';

/**
 * The city desk on the lead's page: book the intake in one of the desk's slots (the lead's own
 * intake appointment), ask an ambassador to go along (suggested by language, wijk and
 * availability), and the checklist of what to bring.
 */
export async function IntakeDeskSection({ detail }: { detail: LeadDetail }) {
  const t = await getTranslations('intake');
  const tl = await getTranslations('languages');
  const f = await leadFormat();
  const { lead } = detail;
  const db = getDb();
  const now = new Date();
  const [intake, slots] = await Promise.all([leadIntake(db, lead.id), openSlotsFor(db, lead.id, now)]);
  if (!intake) return null;
  const offers = lead.intakeAt && intake.accompanied ? await escortSuggestions(db, { id: lead.id, language: lead.preferredLanguage, neighbourhoodId: lead.neighbourhoodId, intakeAt: lead.intakeAt }) : null;
  const day = (d: string) => f.date(d);
  const suggested = new Set(offers?.suggestions.map((s) => s.id) ?? []);

  return (
    <Section id="intake-desk" title={t('leadTitle')} card headingClassName="mb-3">
      <p data-testid="intake-language">{t('residentLanguage', { language: tl(lead.preferredLanguage) })}</p>
      {intake.escortRequested ? (
        <p className="mt-1 font-semibold" data-testid="escort-requested">
          {t('escortRequested')}
        </p>
      ) : null}
      <p className="mt-1" data-testid="intake-current">
        {lead.intakeAt ? t('currentIntake', { when: f.dateTime(lead.intakeAt), place: lead.intakePlace ?? '' }) : t('noIntake')}
      </p>

      <h3 className="mt-4 font-semibold">{t('bookTitle')}</h3>
      {slots.length === 0 ? (
        <p className="mt-1">
          {t('noOpenSlots')}{' '}
          <a className="text-brand-700 underline" href="/staff/intake">
            {t('toCalendar')}
          </a>
        </p>
      ) : (
        <ActionForm
          idPrefix="book"
          action={bookSlotAction}
          submitLabel={t('book')}
          messages={{ saved: t('booked') }}
          fields={versioned(lead, [
            {
              kind: 'select',
              name: 'slotId',
              label: t('slot'),
              required: true,
              placeholder: t('chooseSlot'),
              defaultValue: intake.slotId ?? '',
              options: slots.map((s) => ({ value: s.id, label: t('slotOption', { day: day(s.date), time: s.startTime, place: s.place, free: s.free }) })),
            },
            { kind: 'checkbox', name: 'accompanied', label: t('accompanied'), defaultChecked: intake.accompanied || intake.escortRequested },
          ])}
        />
      )}

      {offers ? (
        <>
          <h3 className="mt-4 font-semibold">{t('escortTitle')}</h3>
          <p className="mt-1" data-testid="escort-status">
            {intake.escort ? t(`escortLine.${intake.escort.status}`, { name: intake.escort.ambassadorName }) : t('escortWanted')}
          </p>
          {offers.suggestions.length ? (
            <p className="mt-1 text-sm">{t('suggestedList', { names: offers.suggestions.map((s) => s.displayName).join(', ') })}</p>
          ) : (
            <p className="mt-1 text-sm">{t('noSuggestions')}</p>
          )}
          <ActionForm
            idPrefix="escort"
            action={inviteEscortAction}
            submitLabel={t('invite')}
            messages={{ saved: t('invited') }}
            fields={[
              { kind: 'hidden', name: 'leadId', value: lead.id },
              {
                kind: 'select',
                name: 'ambassadorId',
                label: t('ambassador'),
                required: true,
                placeholder: t('chooseAmbassador'),
                defaultValue: intake.escort?.ambassadorId ?? offers.suggestions[0]?.id ?? '',
                options: [
                  ...offers.suggestions.map((s) => ({ value: s.id, label: t('suggestedOption', { name: s.displayName }) })),
                  ...offers.all.filter((a) => !suggested.has(a.id)).map((a) => ({ value: a.id, label: a.displayName })),
                ],
              },
            ]}
          />
        </>
      ) : null}

      <h3 className="mt-4 font-semibold">{t('checklistTitle')}</h3>
      <p className="mt-1" data-testid="checklist-state">
        {intake.checklistComplete ? t('checklistDone') : t('checklistOpen')}
      </p>
      <ActionForm
        idPrefix="checklist"
        action={saveChecklistAction}
        submitLabel={t('saveChecklist')}
        messages={{ saved: t('checklistSaved') }}
        fields={[
          { kind: 'hidden', name: 'leadId', value: lead.id },
          { kind: 'checkboxes', name: 'items', label: t('checklistLabel'), defaultValues: intake.checklist, options: INTAKE_CHECKLIST.map((i) => ({ value: i, label: t(`checklist.${i}`) })) },
        ]}
      />
      <p className="mt-2 text-sm">
        <a className="text-brand-700 underline" href="/staff/intake">
          {t('toCalendar')}
        </a>
      </p>
    </Section>
  );
}
