import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { isUuid } from '@/lib/actions/validation';
import { todayLocal } from '@/lib/dates';
import { reactivateOrganizationAction, retireOrganizationAction, saveOrganizationAction } from '@/lib/socialmap/curation/actions';
import { getOrganizationForEdit, listCurationServices } from '@/lib/socialmap/curation/queries';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { ServiceTable } from './home';
import { ManageEditHeader } from './nav';
import { RecordAction } from './record-action';
import { Card, cardClass } from '@/app/_components/ui/card';

/** Success texts of the curation forms (their error keys are translated by the form). */
export async function manageMessages() {
  const t = await getTranslations('socialMapManage');
  return {
    saved: t('saved'),
    verifiedToday: t('verifiedToday'),
  };
}

export async function OrganizationPage({ area, id, saved }: { area: ManageArea; id: string | null; saved?: string }) {
  await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage');
  const locale = await getLocale();
  const db = getDb();
  if (id !== null && !isUuid(id)) notFound();
  const org = id ? await getOrganizationForEdit(db, id) : null;
  if (id && !org) notFound();
  const messages = await manageMessages();
  const base = manageBase(area);
  const services = org ? await listCurationServices(db, todayLocal(), org.id) : [];
  return (
    <div className="max-w-3xl">
      <ManageEditHeader area={area} title={org ? t('organization.editTitle', { name: org.name }) : t('organization.newTitle')} saved={!!saved} retired={org?.status === 'defunct'} />
      {org ? (
        <p className="mb-4 text-slate-700">
          {t('lastModified', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(org.last_modified) })}
        </p>
      ) : null}
      <ActionForm
        idPrefix="org"
        action={saveOrganizationAction}
        className={cardClass}
        fields={[
          { kind: 'hidden', name: 'base', value: manageBase(area) },
          ...(org ? [{ kind: 'hidden' as const, name: 'id', value: org.id }] : []),
          { kind: 'text', name: 'name', label: t('organization.name'), required: true, maxLength: 200, defaultValue: org?.name },
          { kind: 'text', name: 'alternateName', label: t('organization.alternateName'), maxLength: 200, defaultValue: org?.alternate_name ?? '' },
          { kind: 'textarea', name: 'description', label: t('organization.description'), required: true, maxLength: 4000, defaultValue: org?.description },
          { kind: 'email', name: 'email', label: t('organization.email'), maxLength: 200, defaultValue: org?.email ?? '', autoComplete: 'off' },
          { kind: 'text', name: 'website', label: t('organization.website'), hint: t('organization.websiteHint'), maxLength: 500, defaultValue: org?.website ?? '' },
        ]}
        submitLabel={t('organization.save')}
        messages={messages}
      />
      {org ? (
        <>
          <section aria-labelledby="org-services" className="mt-8">
            <h2 id="org-services" className="mb-2 text-xl font-bold">
              {t('organization.services')}
            </h2>
            {services.length ? <ServiceTable rows={services} area={area} caption={t('organization.services')} /> : null}
            <p className="mt-2">
              <a href={`${base}/services/new?organization=${org.id}`} className="font-semibold text-brand-700 underline">
                {t('organization.addService')}
              </a>
            </p>
          </section>
          <Card as="section" className="mt-8">
            {org.status === 'defunct' ? (
              <RecordAction idPrefix="org-reactivate" action={reactivateOrganizationAction} area={area} id={org.id} label={t('organization.reactivate')} variant="secondary" messages={messages} />
            ) : (
              <>
                <p className="mb-2">{t('organization.retireHint')}</p>
                <RecordAction idPrefix="org-retire" action={retireOrganizationAction} area={area} id={org.id} label={t('organization.retire')} variant="danger" messages={messages} />
              </>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
