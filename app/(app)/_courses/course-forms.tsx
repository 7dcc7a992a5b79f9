import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import type { FormState } from '@/lib/actions/form-state';
import { COURSE_LEVELS } from '@/lib/providers/schema';
import type { Course } from '@/lib/providers/queries';

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The catalogue kept by hand: every course with its own form to change it, and a form for a new
 * one. A provider keeps its own (no provider field); the project worker names the provider
 * (`providers` given).
 */
export async function CourseForms({ courses, action, providers }: { courses: Course[]; action: Action; providers?: { id: string; name: string }[] }) {
  const t = await getTranslations('providers');
  const tc = await getTranslations('courseCatalogue');
  const messages = { 'providers.courseSaved': t('courseSaved') };
  const fields = (c: Course | null): FieldSpec[] => [
    ...(c ? [{ kind: 'hidden' as const, name: 'courseId', value: c.id }] : []),
    ...(providers
      ? [{ kind: 'select' as const, name: 'providerId', label: t('col.provider'), required: true, placeholder: '—', defaultValue: c?.providerId ?? '', options: providers.map((p) => ({ value: p.id, label: p.name })) }]
      : []),
    { kind: 'text', name: 'name', label: t('courses.name'), required: true, maxLength: 120, defaultValue: c?.name ?? '' },
    { kind: 'select', name: 'level', label: t('courses.level'), required: true, placeholder: '—', defaultValue: c?.level ?? '', options: COURSE_LEVELS.map((l) => ({ value: l, label: l })) },
    { kind: 'text', name: 'place', label: t('courses.place'), required: true, maxLength: 160, defaultValue: c?.place ?? '' },
    { kind: 'text', name: 'schedule', label: t('courses.schedule'), required: true, maxLength: 160, defaultValue: c?.schedule ?? '' },
    { kind: 'checkbox', name: 'childcare', label: t('courses.childcare'), defaultChecked: c?.childcare ?? false },
    { kind: 'checkbox', name: 'free', label: t('courses.free'), defaultChecked: c?.free ?? true },
    { kind: 'number', name: 'placesLeft', label: t('courses.placesLeft'), required: true, defaultValue: String(c?.placesLeft ?? 0) },
    ...(c
      ? [{ kind: 'radio' as const, name: 'active', label: t('courses.active'), defaultValue: String(c.active), options: [{ value: 'true', label: t('courses.activeYes') }, { value: 'false', label: t('courses.activeNo') }] }]
      : []),
  ];
  return (
    <>
      {courses.length ? (
        <ul className="mt-3 space-y-3">
          {courses.map((c) => (
            <li key={c.id} className="rounded-lg bg-white p-4 shadow-sm" data-testid={`course-${c.name}`}>
              <details>
                <summary className="cursor-pointer font-semibold">
                  {providers ? `${c.providerName}: ` : ''}
                  {c.name} ({c.level}, {c.place}) · {c.active ? tc('placesLeft', { count: c.placesLeft }) : t('courses.activeNo')}
                </summary>
                <ActionForm idPrefix={`course-${c.id}`} action={action} submitLabel={t('courses.save')} messages={messages} className="mt-3" fields={fields(c)} />
              </details>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3">{t('courses.empty')}</p>
      )}
      <section aria-labelledby="new-course-title" className="mt-6 max-w-xl">
        <h2 id="new-course-title" className="text-xl font-bold">
          {t('courses.newTitle')}
        </h2>
        <ActionForm idPrefix="new-course" action={action} submitLabel={t('courses.save')} messages={messages} className="mt-2 rounded-lg bg-white p-4 shadow-sm" fields={fields(null)} />
      </section>
    </>
  );
}
