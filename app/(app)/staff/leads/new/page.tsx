import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { LANGUAGE_CODES } from '@/lib/languages';
import { createStaffLeadAction } from '@/lib/leads/journey/actions';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { organisationOptions } from '@/lib/network/queries';
import { leadListFilterOptions } from '@/lib/leads/list/queries';
import { PageHeading } from '@/app/_components/ui/heading';

export default async function NewLeadPage() {
  await requireAreaPermission('staff', 'leads.work');
  const t = await getTranslations('newLead');
  const tl = await getTranslations('lead');
  const tp = await getTranslations('public');
  const tlang = await getTranslations('languages');
  const db = getDb();
  const [wijken, orgs, options] = await Promise.all([listNeighbourhoods(db), organisationOptions(db), leadListFilterOptions(db)]);
  return (
    <div className="max-w-xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <ActionForm
        idPrefix="new"
        action={createStaffLeadAction}
        className="rounded-lg bg-white p-4 shadow-sm"
        fields={[
          { kind: 'radio', name: 'source', label: t('source'), required: true, defaultValue: 'desk', options: [{ value: 'desk', label: t('sourceDesk') }, { value: 'network', label: t('sourceNetwork') }] },
          { kind: 'select', name: 'networkOrganisationId', label: t('networkOrganisation'), placeholder: t('networkOrganisationNone'), options: orgs.map((o) => ({ value: o.id, label: o.name })) },
          { kind: 'text', name: 'name', label: tp('name'), required: true, maxLength: 100 },
          { kind: 'tel', name: 'phone', label: tp('phone'), hint: tp('phoneHint'), required: true, maxLength: 32 },
          { kind: 'email', name: 'email', label: tl('email'), maxLength: 254 },
          { kind: 'select', name: 'language', label: tl('language'), required: true, placeholder: tp('languagePlaceholder'), options: LANGUAGE_CODES.map((c) => ({ value: c, label: tlang(c) })) },
          {
            kind: 'select',
            name: 'neighbourhood',
            label: tl('wijk'),
            required: true,
            placeholder: tp('neighbourhoodPlaceholder'),
            options: [...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: tp('neighbourhoodOther') }],
          },
          { kind: 'radio', name: 'forWhom', label: tl('forWhom'), defaultValue: 'self', options: [{ value: 'self', label: tl('forWhomSelf') }, { value: 'other', label: tl('forWhomOther') }] },
          {
            kind: 'select',
            name: 'creditAmbassador',
            label: t('creditAmbassador'),
            placeholder: t('creditNone'),
            options: options.ambassadors.map((a) => ({ value: a.id, label: a.name })),
          },
          {
            kind: 'select',
            name: 'creditAssociation',
            label: t('creditAssociation'),
            placeholder: t('creditNone'),
            options: options.associations.map((a) => ({ value: a.id, label: a.name })),
          },
          { kind: 'checkbox', name: 'consent', label: t('consent'), required: true },
          { kind: 'textarea', name: 'note', label: t('note'), maxLength: 1000 },
        ]}
        submitLabel={t('submit')}
        messages={{ invalidForm: tl('invalidForm') }}
      />
    </div>
  );
}
