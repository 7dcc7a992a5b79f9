import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { Heading } from '@/app/_components/ui/heading';
import { removeKeyFigureAction, saveKeyFigureAction } from '@/lib/associations/actions';
import type { listKeyFigures } from '@/lib/associations/queries';
import { associationMessages } from './shared';

type KeyFigure = Awaited<ReturnType<typeof listKeyFigures>>[number];

/** The association's key figures: each to edit or remove, and a new one. */
export async function KeyFiguresSection({ associationId, figures }: { associationId: string; figures: KeyFigure[] }) {
  const t = await getTranslations('associationsAdmin');
  const messages = await associationMessages();
  const fields = (f?: KeyFigure): FieldSpec[] => [
    { kind: 'hidden', name: 'associationId', value: associationId },
    ...(f ? [{ kind: 'hidden' as const, name: 'id', value: f.id }] : []),
    { kind: 'text', name: 'name', label: t('fieldKeyName'), required: true, maxLength: 120, defaultValue: f?.name },
    { kind: 'text', name: 'role', label: t('fieldRole'), maxLength: 120, defaultValue: f ? (f.role ?? '') : undefined },
    { kind: 'tel', name: 'phone', label: t('fieldPhone'), maxLength: 20, defaultValue: f ? (f.phone ?? '') : undefined },
    { kind: 'email', name: 'email', label: t('fieldEmail'), maxLength: 200, defaultValue: f ? (f.email ?? '') : undefined },
  ];
  return (
    <Section id="figures" title={t('keyFiguresTitle')} className="mt-6">
      <p className="mt-1">{t('keyFiguresIntro')}</p>
      {figures.length === 0 ? (
        <p className="mt-2">{t('noKeyFigures')}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm" data-testid="key-figures">
          {figures.map((f) => (
            <li key={f.id} className="p-3">
              <p>
                <span className="font-semibold">{f.name}</span>
                {[f.role, f.phone, f.email].filter(Boolean).map((x) => ` · ${x}`).join('')}
              </p>
              <div className="mt-2 flex flex-wrap items-start gap-4">
                <details className="grow">
                  <summary className="cursor-pointer text-brand-700 underline">{t('editKeyFigure', { name: f.name })}</summary>
                  <ActionForm idPrefix={`kf-${f.id}`} action={saveKeyFigureAction} className="mt-2 max-w-xl" fields={fields(f)} submitLabel={t('saveKeyFigure')} messages={messages} />
                </details>
                <ActionForm
                  idPrefix={`kf-rm-${f.id}`}
                  action={removeKeyFigureAction}
                  fields={[
                    { kind: 'hidden', name: 'associationId', value: associationId },
                    { kind: 'hidden', name: 'id', value: f.id },
                  ]}
                  submitLabel={t('removeKeyFigure', { name: f.name })}
                  submitVariant="danger"
                  submitSize="small"
                  messages={messages}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Heading level={3} className="mt-4">
        {t('addKeyFigureTitle')}
      </Heading>
      <ActionForm idPrefix="kf-new" action={saveKeyFigureAction} className="mt-2 max-w-xl rounded-lg bg-white p-4 shadow-sm" fields={fields()} submitLabel={t('addKeyFigure')} messages={messages} />
    </Section>
  );
}
