import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { courseOptions } from '@/lib/providers/queries';
import type { FieldSpec } from '@/app/_components/action-form';
import { toLocalDateTimeInput } from '@/lib/dates';
import type { assignableStaff, listProviders } from '@/lib/leads/journey/detail';
import { LANGUAGE_CODES } from '@/lib/languages';
import { BARRIERS } from '@/lib/leads/journey/steps';
import { assignLeadAction, setBarriersAction, setIntakeAction, setNetworkCreditAction, setPlanAction, updateLeadDetailsAction } from '@/lib/leads/journey/actions';
import type { FormState } from '@/lib/actions/form-state';
import type { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { LeadFormSection } from './lead-form';
import { type LeadDetail, versioned } from './shared';

type Options = {
  wijken: Awaited<ReturnType<typeof listNeighbourhoods>>;
  staff: Awaited<ReturnType<typeof assignableStaff>>;
  providers: Awaited<ReturnType<typeof listProviders>>;
  /** The active network organisations (organisationOptions). */
  networks: { id: string; name: string }[];
  userId: string;
};

/** The lead's record, one form a part: details, assignment, intake, offer and plan, barriers. Each saves with the version it read. */
export async function RecordForms({ detail, wijken, staff, providers, networks, userId }: { detail: LeadDetail } & Options) {
  const t = await getTranslations('lead');
  const tp = await getTranslations('public');
  const tl = await getTranslations('languages');
  const { lead } = detail;
  // The catalogue to pick the offer's course from (active courses, and the lead's own course if it is no longer).
  const courses = await courseOptions(getDb(), lead.courseId);
  const part = (id: string, title: string, action: (prev: FormState, formData: FormData) => Promise<FormState>, fields: FieldSpec[]) => (
    <LeadFormSection id={id} title={title} action={action} fields={versioned(lead, fields)} submitLabel={t('save')} />
  );
  return (
    <>
      {part('details', t('detailsTitle'), updateLeadDetailsAction, [
        { kind: 'text', name: 'name', label: tp('name'), required: true, defaultValue: lead.name, maxLength: 100 },
        { kind: 'tel', name: 'phone', label: tp('phone'), required: true, defaultValue: lead.phone, maxLength: 32 },
        { kind: 'email', name: 'email', label: t('email'), defaultValue: lead.email ?? '', maxLength: 254 },
        { kind: 'select', name: 'language', label: t('language'), required: true, defaultValue: lead.preferredLanguage, options: LANGUAGE_CODES.map((c) => ({ value: c, label: tl(c) })) },
        {
          kind: 'select',
          name: 'neighbourhood',
          label: t('wijk'),
          required: true,
          defaultValue: detail.wijkCode ?? 'other',
          options: [...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: tp('neighbourhoodOther') }],
        },
        {
          kind: 'radio',
          name: 'forWhom',
          label: t('forWhom'),
          defaultValue: lead.forWhom,
          options: [
            { value: 'self', label: t('forWhomSelf') },
            { value: 'other', label: t('forWhomOther') },
          ],
        },
      ])}
      {part('assign', t('assignTitle'), assignLeadAction, [
        {
          kind: 'select',
          name: 'assignedTo',
          label: t('assignedTo'),
          defaultValue: lead.assignedToUserId ?? '',
          placeholder: t('nobody'),
          options: staff.map((s) => ({ value: s.id, label: s.id === userId ? t('me', { name: s.name }) : s.name })),
        },
      ])}
      {part('network', t('networkTitle'), setNetworkCreditAction, [
        {
          kind: 'select',
          name: 'networkOrganisationId',
          label: t('networkOrganisation'),
          defaultValue: lead.networkOrganisationId ?? '',
          placeholder: t('networkNone'),
          // An organisation made inactive since stays on the lead's own list.
          options: [
            ...networks,
            ...(lead.networkOrganisationId && !networks.some((n) => n.id === lead.networkOrganisationId) ? [{ id: lead.networkOrganisationId, name: detail.networkOrganisationName ?? '—' }] : []),
          ].map((n) => ({ value: n.id, label: n.name })),
        },
      ])}
      {part('intake', t('intakeTitle'), setIntakeAction, [
        { kind: 'datetime-local', name: 'intakeAt', label: t('intakeAt'), required: true, defaultValue: lead.intakeAt ? toLocalDateTimeInput(lead.intakeAt) : '' },
        { kind: 'text', name: 'intakePlace', label: t('intakePlace'), required: true, defaultValue: lead.intakePlace ?? 'Publieksplein', maxLength: 120 },
        { kind: 'checkbox', name: 'intakeAccompanied', label: t('intakeAccompanied'), defaultChecked: lead.intakeAccompanied },
      ])}
      {part('plan', t('planTitle'), setPlanAction, [
        {
          kind: 'select',
          name: 'providerId',
          label: t('provider'),
          defaultValue: lead.providerId ?? '',
          placeholder: t('choose'),
          options: providers.filter((p) => p.active || p.id === lead.providerId).map((p) => ({ value: p.id, label: p.name })),
        },
        {
          kind: 'select',
          name: 'courseId',
          label: t('course'),
          defaultValue: lead.courseId ?? '',
          placeholder: t('choose'),
          options: courses.map((c) => ({ value: c.id, label: t('courseOption', { provider: c.providerName, name: c.name, level: c.level, place: c.place, places: c.placesLeft }) })),
        },
        { kind: 'text', name: 'courseType', label: t('courseType'), defaultValue: lead.courseType ?? '', maxLength: 120 },
        { kind: 'date', name: 'offerOn', label: t('offerOn'), defaultValue: lead.offerOn ?? '' },
        { kind: 'date', name: 'planSignedOn', label: t('planSignedOn'), defaultValue: lead.planSignedOn ?? '' },
        { kind: 'date', name: 'courseStartOn', label: t('courseStartOn'), defaultValue: lead.courseStartOn ?? '' },
      ])}
      {part('barriers', t('barriersTitle'), setBarriersAction, [
        { kind: 'checkboxes', name: 'barriers', label: t('barriers'), defaultValues: lead.barriers, options: BARRIERS.map((b) => ({ value: b, label: t(`barrierNames.${b}`) })) },
        { kind: 'textarea', name: 'barrierNote', label: t('barrierNote'), defaultValue: lead.barrierNote ?? '', maxLength: 500 },
      ])}
    </>
  );
}
