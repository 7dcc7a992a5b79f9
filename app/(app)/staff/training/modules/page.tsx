import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { addDefaultModulesAction, saveModuleAction } from '@/lib/training/actions';
import { DEFAULT_MODULES } from '@/lib/training/modules';
import { type TrainingModule, listModules, moduleDescription, moduleName } from '@/lib/training/queries';
import { DoneBanner, doneText } from '../_components/shared';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('training.modules'))('metaTitle') };
}

/** The modules: edit each (names, descriptions, required, active), add one, or add the missing defaults. */
export default async function ModulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('staff', 'training.manage');
  const t = await getTranslations('training.modules');
  const tt = await getTranslations('training');
  const locale = await getLocale();
  const modules = await listModules(getDb());
  const done = await doneText((await searchParams).done);
  const missingDefaults = DEFAULT_MODULES.some((d) => !modules.some((m) => m.key === d.key));

  const fields = (m?: TrainingModule): FieldSpec[] => [
    ...(m ? [{ kind: 'hidden' as const, name: 'moduleId', value: m.id }] : []),
    { kind: 'text', name: 'nameNl', label: t('nameNl'), required: true, maxLength: 120, defaultValue: m?.nameNl },
    { kind: 'text', name: 'nameEn', label: t('nameEn'), required: true, maxLength: 120, defaultValue: m?.nameEn },
    { kind: 'textarea', name: 'descriptionNl', label: t('descriptionNl'), maxLength: 500, defaultValue: m?.descriptionNl ?? undefined },
    { kind: 'textarea', name: 'descriptionEn', label: t('descriptionEn'), maxLength: 500, defaultValue: m?.descriptionEn ?? undefined },
    { kind: 'checkbox', name: 'required', label: t('requiredLabel'), defaultChecked: m?.required ?? false },
    { kind: 'checkbox', name: 'active', label: t('activeLabel'), defaultChecked: m?.active ?? true },
  ];

  return (
    <>
      <p className="mb-2">
        <a href="/staff/training" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('intro')}</p>
      <div className="mt-3">
        <DoneBanner text={done} />
      </div>

      {modules.length === 0 ? <p className="mt-4">{t('empty')}</p> : null}
      <ul className="mt-4 grid gap-3" aria-label={t('caption')}>
        {modules.map((m) => (
          <li key={m.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid={`module-${m.key ?? m.id}`}>
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-lg font-semibold">{moduleName(m, locale)}</h2>
              <DataBadge tone={m.required ? 'info' : 'neutral'}>{m.required ? tt('required') : tt('optional')}</DataBadge>
              {m.active ? null : <DataBadge tone="warning">{tt('inactive')}</DataBadge>}
            </div>
            {moduleDescription(m, locale) ? <p className="mt-1 text-slate-800">{moduleDescription(m, locale)}</p> : null}
            <details className="mt-2">
              <summary className="cursor-pointer text-brand-700 underline">{t('edit', { name: moduleName(m, locale) })}</summary>
              <ActionForm idPrefix={`module-${m.id}`} action={saveModuleAction} className="mt-3 max-w-xl" fields={fields(m)} submitLabel={t('save')} />
            </details>
          </li>
        ))}
      </ul>

      <Section id="add" title={t('addTitle')} card className="mt-6 max-w-xl">
        <ActionForm idPrefix="new-module" action={saveModuleAction} className="mt-3" fields={fields()} submitLabel={t('add')} />
      </Section>

      {missingDefaults ? (
        <Section id="defaults" title={t('defaultsTitle')} card className="mt-6 max-w-xl">
          <p className="mb-3 mt-1">{t('defaultsIntro')}</p>
          <PlainActionForm action={addDefaultModulesAction}>
            <Button type="submit" variant="secondary">
              {t('defaultsSubmit')}
            </Button>
          </PlainActionForm>
        </Section>
      ) : null}
    </>
  );
}
