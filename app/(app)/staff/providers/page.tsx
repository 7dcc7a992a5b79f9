import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { listProviders } from '@/lib/leads/journey/detail';
import { addProviderAction, setProviderActiveAction } from '@/lib/leads/journey/actions';
import { PageHeading } from '@/app/_components/ui/heading';
import { saveCourseAction } from '@/lib/providers/actions';
import { listCourses } from '@/lib/providers/queries';
import { CourseForms } from '@/app/(app)/_courses/course-forms';

export default async function ProvidersPage() {
  await requireAreaPermission('staff', 'programme.manage');
  const t = await getTranslations('providers');
  const db = getDb();
  const [providers, courses] = await Promise.all([listProviders(db), listCourses(db, null)]);
  const messages = { saved: t('saved'), providerExists: t('providerExists') };
  return (
    <div className="max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      {providers.length ? (
        <ul className="mb-6 divide-y divide-slate-200 rounded-lg bg-white shadow-sm">
          {providers.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <span className="font-semibold">{p.name}</span> · {p.active ? t('active') : t('inactive')}
              </span>
              <ActionForm
                idPrefix={`p-${p.id}`}
                action={setProviderActiveAction}
                fields={[
                  { kind: 'hidden', name: 'providerId', value: p.id },
                  { kind: 'hidden', name: 'active', value: p.active ? 'false' : 'true' },
                ]}
                submitLabel={p.active ? t('deactivate') : t('activate')}
                submitVariant="secondary" submitSize="small"
                messages={messages}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-6">{t('empty')}</p>
      )}
      <ActionForm
        idPrefix="new-provider"
        action={addProviderAction}
        className="rounded-lg bg-white p-4 shadow-sm"
        fields={[{ kind: 'text', name: 'name', label: t('name'), required: true, maxLength: 120 }]}
        submitLabel={t('add')}
        messages={messages}
      />
      <section aria-labelledby="catalogue-title" className="mt-10">
        <h2 id="catalogue-title" className="text-2xl font-bold">
          {t('courses.staffTitle')}
        </h2>
        <p className="mt-1">{t('courses.staffIntro')}</p>
        <CourseForms courses={courses} action={saveCourseAction} providers={providers.filter((p) => p.active)} />
      </section>
    </div>
  );
}
