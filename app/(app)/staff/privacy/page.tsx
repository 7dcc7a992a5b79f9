import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { FilterInput } from '@/app/_components/ui/filter-field';
import { Heading, PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { requestErasureAction } from '@/lib/privacy/actions';
import { openPersonData } from '@/lib/privacy/mutations';
import { listRequests } from '@/lib/privacy/queries';
import { personSearchSchema } from '@/lib/privacy/schema';
import { PersonTables } from './_sections/person-tables';
import { RegisterRequestSection } from './_sections/register';
import { RequestsSection } from './_sections/requests';

export default async function PrivacyRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const user = await requireAreaPermission('staff', 'privacy.requests');
  const t = await getTranslations('privacyRights');
  const q = personSearchSchema.parse(await searchParams);
  const db = getDb();
  // Searching is a look at a resident's data: audited (ids and counts only) by the same call.
  const data = q.phone || q.name ? await openPersonData(db, user.id, { phone: q.phone, name: q.name }) : null;
  const requests = await listRequests(db);
  // The leads that can still be corrected in their own form (not merged away, not anonymised).
  const editable = (data?.tables.find((x) => x.table === 'leads')?.rows ?? []).filter((l) => !l.mergedIntoId && !l.anonymisedAt) as { id: string; name: string }[];
  const exportQuery = data ? data.subject.leadIds.map((id) => `lead=${id}`).join('&') : '';
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1 max-w-3xl">{t('intro')}</p>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm" role="search" aria-label={t('searchTitle')}>
        <FilterInput id="privacy-phone" name="phone" type="search" label={t('phone')} value={q.phone} autoComplete="off" />
        <FilterInput id="privacy-name" name="name" type="search" label={t('name')} hint={t('nameHint')} hintAfter value={q.name} autoComplete="off" />
        <Button size="small">{t('search')}</Button>
      </form>
      {data ? (
        <section aria-labelledby="found-title">
          <Heading level={2} id="found-title">
            {t('found', { count: data.subject.leadIds.length })}
          </Heading>
          {data.subject.leadIds.length === 0 && !data.tables.some((x) => x.rows.length) ? (
            <Alert type="info" className="my-3">
              {t('nobodyFound')}
            </Alert>
          ) : (
            <>
              <div className="my-3 flex flex-wrap gap-3">
                <a className="rounded-md border border-slate-500 bg-white px-3 py-1.5 font-semibold text-brand-700 underline" href={`/staff/privacy/export?${exportQuery}`}>
                  {t('exportPage')}
                </a>
                <a className="rounded-md border border-slate-500 bg-white px-3 py-1.5 font-semibold text-brand-700 underline" href={`/staff/privacy/export.json?${exportQuery}`} download>
                  {t('exportJson')}
                </a>
              </div>
              <div className="mb-4 max-w-3xl rounded-lg bg-white p-3 shadow-sm">
                <p className="mb-2">{t('requestErasureHint')}</p>
                <ActionForm
                  idPrefix="erasure"
                  action={requestErasureAction}
                  fields={[...data.subject.leadIds.map((id) => ({ kind: 'hidden' as const, name: 'leadIds', value: id })), ...(data.subject.phones[0] ? [{ kind: 'hidden' as const, name: 'phone', value: data.subject.phones[0] }] : [])]}
                  submitLabel={t('requestErasure')}
                  submitVariant="danger"
                  messages={{ erasureRequested: t('erasureRequested') }}
                />
              </div>
              <div className="mb-4 max-w-3xl rounded-lg bg-white p-3 shadow-sm">
                <p className="mb-2">{t('correctionHint')}</p>
                <ul className="list-disc ps-5">
                  {editable.map((l) => (
                    <li key={l.id}>
                      <a className="text-brand-700 underline" href={`/staff/leads/${l.id}#details-title`}>
                        {t('editLead', { name: l.name })}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
              <PersonTables data={data} />
            </>
          )}
        </section>
      ) : null}
      <RegisterRequestSection />
      <RequestsSection rows={requests} userId={user.id} />
    </>
  );
}
