import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { markVerifiedAction, retireServiceAction, saveServiceAction } from '@/lib/socialmap/curation/actions';
import { getServiceForEdit, serviceFormOptions } from '@/lib/socialmap/curation/queries';
import { LANGUAGE_CODES, SERVICE_STATUSES } from '@/lib/socialmap/curation/schema';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { isUuid } from '@/lib/actions/validation';
import { WEEKDAYS } from '@/lib/socialmap/opening-hours';
import { formatDay, ManageEditHeader } from './nav';
import { manageMessages } from './organization';
import { RecordAction } from './record-action';
import { Card, cardClass } from '@/app/_components/ui/card';

export async function ServicePage({ area, id, saved, organization }: { area: ManageArea; id: string | null; saved?: string; organization?: string }) {
  await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage');
  const locale = await getLocale();
  const db = getDb();
  if (id !== null && !isUuid(id)) notFound();
  const [current, options] = await Promise.all([id ? getServiceForEdit(db, id) : null, serviceFormOptions(db)]);
  if (id && !current) notFound();
  const messages = await manageMessages();
  const v = current?.values ?? {};
  const ts = (k: string) => t(`service.${k}`);
  const orgOptions = options.organizations
    .filter((o) => o.status !== 'defunct' || o.id === v.organizationId)
    .map((o) => ({ value: o.id, label: o.name }));

  const fields: FieldSpec[] = [
    { kind: 'hidden', name: 'base', value: manageBase(area) },
    ...(current ? [{ kind: 'hidden' as const, name: 'id', value: current.service.id }] : []),
    {
      kind: 'select',
      name: 'organizationId',
      label: ts('organizationId'),
      options: orgOptions,
      placeholder: ts('chooseOrganization'),
      required: true,
      defaultValue: v.organizationId ?? (organization && isUuid(organization) ? organization : ''),
    },
    { kind: 'text', name: 'name', label: ts('name'), required: true, maxLength: 200, defaultValue: v.name },
    { kind: 'textarea', name: 'description', label: ts('description'), maxLength: 4000, defaultValue: v.description },
    {
      kind: 'select',
      name: 'status',
      label: ts('status'),
      options: SERVICE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
      required: true,
      defaultValue: v.status ?? 'active',
    },
    ...(options.themes.length
      ? [{ kind: 'checkboxes' as const, name: 'themes', label: ts('themes'), options: options.themes.map((x) => ({ value: x.id, label: x.name })), defaultValues: current?.themes ?? [] }]
      : []),
    { kind: 'checkboxes', name: 'wijken', label: ts('wijken'), options: options.wijken.map((w) => ({ value: w.code, label: w.name })), defaultValues: current?.wijken ?? [] },
    {
      kind: 'checkboxes',
      name: 'languages',
      label: ts('languages'),
      options: LANGUAGE_CODES.map((c) => ({ value: c, label: t(`languageNames.${c}`) })),
      defaultValues: current?.languages ?? [],
    },
    { kind: 'tel', name: 'phone1', label: ts('phone1'), maxLength: 20, defaultValue: v.phone1 },
    { kind: 'tel', name: 'phone2', label: ts('phone2'), maxLength: 20, defaultValue: v.phone2 },
    { kind: 'email', name: 'email', label: ts('email'), maxLength: 200, defaultValue: v.email, autoComplete: 'off' },
    { kind: 'email', name: 'referralEmail', label: ts('referralEmail'), hint: ts('referralEmailHint'), maxLength: 200, defaultValue: v.referralEmail, autoComplete: 'off' },
    { kind: 'text', name: 'url', label: ts('url'), hint: ts('urlHint'), maxLength: 500, defaultValue: v.url },
    { kind: 'textarea', name: 'applicationProcess', label: ts('applicationProcess'), maxLength: 2000, defaultValue: v.applicationProcess },
    { kind: 'textarea', name: 'fees', label: ts('fees'), maxLength: 1000, defaultValue: v.fees },
    { kind: 'textarea', name: 'eligibility', label: ts('eligibility'), maxLength: 2000, defaultValue: v.eligibility },
    { kind: 'text', name: 'locationName', label: ts('locationName'), maxLength: 200, defaultValue: v.locationName },
    { kind: 'text', name: 'address1', label: ts('address1'), maxLength: 200, defaultValue: v.address1, autoComplete: 'off' },
    { kind: 'text', name: 'postalCode', label: ts('postalCode'), maxLength: 7, defaultValue: v.postalCode, autoComplete: 'off' },
    { kind: 'text', name: 'city', label: ts('city'), maxLength: 100, defaultValue: v.city ?? (current ? '' : 'Zoetermeer'), autoComplete: 'off' },
    {
      kind: 'select',
      name: 'locationWijk',
      label: ts('locationWijk'),
      options: options.wijken.map((w) => ({ value: w.code, label: w.name })),
      placeholder: ts('noWijk'),
      defaultValue: v.locationWijk,
    },
    ...WEEKDAYS.flatMap((d): FieldSpec[] => [
      { kind: 'text', name: `opens_${d}`, label: t('service.opens', { day: t(`days.${d}`) }), hint: d === 'MO' ? ts('timeHint') : undefined, maxLength: 5, defaultValue: v[`opens_${d}`] },
      { kind: 'text', name: `closes_${d}`, label: t('service.closes', { day: t(`days.${d}`) }), maxLength: 5, defaultValue: v[`closes_${d}`] },
    ]),
  ];

  return (
    <div className="max-w-3xl">
      <ManageEditHeader area={area} title={current ? t('service.editTitle', { name: current.service.name }) : t('service.newTitle')} saved={!!saved} retired={current?.service.status === 'defunct'} />
      {current ? (
        <Card as="section" aria-label={t('colVerified')} className="mb-6">
          <p className="font-semibold" data-testid="last-verified">
            {current.service.assured_date ? t('lastVerified', { date: formatDay(current.service.assured_date, locale) }) : t('lastVerifiedNever')}
            {current.service.assured_date && current.service.assurer_email ? ` ${t('lastVerifiedBy', { email: current.service.assurer_email })}` : ''}
          </p>
          <p className="mb-2 text-slate-700">
            {t('lastModified', {
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(current.service.last_modified),
            })}
          </p>
          <p className="mb-2">{ts('verifyHint')}</p>
          <RecordAction idPrefix="verify" action={markVerifiedAction} area={area} id={current.service.id} label={t('verify')} variant="secondary" messages={messages} />
        </Card>
      ) : null}
      <ActionForm idPrefix="svc" action={saveServiceAction} className={cardClass} fields={fields} submitLabel={ts('save')} messages={messages} />
      {current && current.service.status !== 'defunct' ? (
        <Card as="section" className="mt-8">
          <p className="mb-2">{ts('retireHint')}</p>
          <RecordAction idPrefix="svc-retire" action={retireServiceAction} area={area} id={current.service.id} label={ts('retire')} variant="danger" messages={messages} />
        </Card>
      ) : null}
    </div>
  );
}
