import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { confirmImportAction } from '@/lib/socialmap/curation/actions';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { previewPackage } from '@/lib/socialmap/hsds/import';
import { loadPending } from '@/lib/socialmap/hsds/pending';
import type { Json } from '@/lib/socialmap/hsds/types';
import type { Issue } from '@/lib/socialmap/hsds/validate';
import { ManageNav } from './nav';
import { manageMessages } from './organization';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

const FILE_ERRORS = ['fileRequired', 'fileTooLarge', 'notJson', 'tooManyRecords', 'tooDeep', 'forbiddenOrigin'] as const;
const SHOWN_ERRORS = 200;

export async function ImportPage({ area, error }: { area: ManageArea; error?: string }) {
  await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage.import');
  const tc = await getTranslations('common');
  const base = manageBase(area);
  const fileError = (FILE_ERRORS as readonly string[]).includes(error ?? '') ? t(`fileErrors.${error as (typeof FILE_ERRORS)[number]}`) : null;
  return (
    <div className="max-w-3xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1">{t('intro')}</p>
      <p className="mb-4 mt-2">{t('rules')}</p>
      <ManageNav area={area} />
      {/* A plain multipart POST to a route handler: files up to 10 MB, with or without JavaScript. */}
      <form method="post" action={`${base}/import/upload`} encType="multipart/form-data" className="rounded-lg bg-white p-4 shadow-sm" noValidate>
        {fileError ? (
          <div role="alert" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
            <p className="font-semibold">{fileError}</p>
          </div>
        ) : null}
        <div className="mb-5">
          <label htmlFor="f-hsds-file" className="block font-semibold">
            {t('file')}
            <span className="text-red-800" aria-hidden="true"> *</span>
            <span className="sr-only"> ({tc('requiredMarker')})</span>
          </label>
          <p id="f-hsds-file-hint" className="mt-1 text-sm text-slate-700">
            {t('limits')}
          </p>
          <input
            id="f-hsds-file"
            name="file"
            type="file"
            required
            accept=".json,application/json"
            aria-describedby="f-hsds-file-hint"
            aria-invalid={fileError ? true : undefined}
            className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5"
          />
        </div>
        <Button>
          {t('upload')}
        </Button>
      </form>
    </div>
  );
}

/** A JSON pointer in plain words: "Organisatie 2 (Buurthulp) › aanbod 1 (Spreekuur) › telefoonnummer 1 › id". */
function describePath(path: string, pkg: unknown, t: Awaited<ReturnType<typeof getTranslations<'socialMapManage.import'>>>): string {
  if (!path) return t('path.file');
  const parts = path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: string[] = [];
  // Walk the package alongside, to name organisations and services.
  let node: unknown = Array.isArray(pkg) ? { organizations: pkg } : pkg;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const next = parts[i + 1];
    const child = node && typeof node === 'object' ? (node as Json)[key] : undefined;
    if (next !== undefined && /^\d+$/.test(next)) {
      const item = Array.isArray(child) ? child[Number(next)] : undefined;
      const known = ['organizations', 'services', 'phones', 'schedules', 'languages', 'attributes', 'service_at_locations', 'addresses', 'service_areas', 'contacts'];
      let label = known.includes(key) ? t(`path.${key as 'services'}`, { n: Number(next) + 1 }) : t('path.other', { key, n: Number(next) + 1 });
      const name = item && typeof item === 'object' ? (item as Json).name : undefined;
      if ((key === 'organizations' || key === 'services') && typeof name === 'string' && name) label += ` (${name})`;
      out.push(label);
      node = item;
      i++;
    } else {
      if (key !== 'location') out.push(key);
      node = child;
    }
  }
  return out.join(' › ');
}

export async function ImportPreviewPage({ area, token }: { area: ManageArea; token: string }) {
  const user = await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage.import');
  const pending = await loadPending(getDb(), token, user.id);
  if (!pending) notFound();
  const pkg = pending.payload;
  const preview = await previewPackage(getDb(), pkg);
  const messages = await manageMessages();
  const base = manageBase(area);
  const issueText = (i: Issue) => t(`issue.${i.code}`, { format: '', allowed: '', type: '', message: '', value: '', ...i.params });
  return (
    <div className="max-w-4xl">
      <PageHeading className="break-all">{t('previewTitle', { file: pending.fileName })}</PageHeading>
      <div className="mt-3">
        <ManageNav area={area} />
      </div>
      <p className="mb-4" data-testid="import-counts">
        {t('counts', {
          orgs: preview.organizations.total,
          orgsNew: preview.organizations.new,
          orgsUpdated: preview.organizations.updated,
          services: preview.services.total,
          servicesNew: preview.services.new,
          servicesUpdated: preview.services.updated,
        })}
      </p>
      {preview.errors.length ? (
        <section aria-labelledby="import-errors" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
          <h2 id="import-errors" className="text-xl font-bold">
            {t('errorsTitle', { count: preview.errors.length })}
          </h2>
          <p className="mt-1">{t('errorsText')}</p>
          <ul className="mt-2 list-disc space-y-1 ps-5" data-testid="import-errors">
            {preview.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                <span className="font-semibold">{describePath(e.path, pkg, t)}</span>: {issueText(e)}{' '}
                {e.path ? <code className="text-sm text-red-950">{e.path}</code> : null}
              </li>
            ))}
          </ul>
          {preview.errors.length > SHOWN_ERRORS ? <p className="mt-2">{t('moreErrors', { count: preview.errors.length - SHOWN_ERRORS })}</p> : null}
        </section>
      ) : (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 font-semibold text-green-900">
          {t('noErrors')}
        </p>
      )}
      {preview.warnings.length ? (
        <section aria-labelledby="import-warnings" className="mb-6 rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950">
          <h2 id="import-warnings" className="text-xl font-bold">
            {t('warningsTitle')}
          </h2>
          <ul className="mt-2 list-disc ps-5">
            {preview.warnings.slice(0, SHOWN_ERRORS).map((e, i) => (
              <li key={i}>
                <span className="font-semibold">{describePath(e.path, pkg, t)}</span>: {issueText(e)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.sample.length ? (
        <section aria-labelledby="import-contents" className="mb-6 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="import-contents" className="text-xl font-bold">
            {t('contents')}
          </h2>
          <ul className="mt-2 list-disc ps-5">
            {preview.sample.map((o, i) => (
              <li key={i}>
                <span className="font-semibold">{o.organization}</span>
                {o.services.length ? `: ${o.services.join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-wrap items-start gap-6">
        {preview.errors.length === 0 ? (
          <ActionForm
            idPrefix="import-confirm"
            action={confirmImportAction}
            fields={[
              { kind: 'hidden', name: 'base', value: base },
              { kind: 'hidden', name: 'token', value: token },
            ]}
            submitLabel={t('confirm')}
            messages={messages}
          />
        ) : null}
        <a href={`${base}/import`} className="py-2 font-semibold text-brand-700 underline">
          {t('again')}
        </a>
      </div>
    </div>
  );
}
