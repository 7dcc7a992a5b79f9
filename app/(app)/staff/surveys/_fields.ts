import type { FieldSpec } from '@/app/_components/action-form';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';

/** The per-language text fields of a builder form: `<field>_nl` (required when `required`), `_en`, `_ar`. */
export function languageFields(
  field: string,
  label: (name: string) => string,
  opts: { kind?: 'text' | 'textarea'; required?: boolean; values?: Record<string, string>; maxLength?: number } = {},
): FieldSpec[] {
  return PUBLIC_LOCALES.map((l) => {
    const name = `${field}_${l}`;
    const common = { name, label: label(name), defaultValue: opts.values?.[l] ?? '', maxLength: opts.maxLength, required: opts.required && l === 'nl' ? true : undefined };
    return opts.kind === 'textarea' ? { kind: 'textarea' as const, ...common } : { kind: 'text' as const, ...common };
  });
}

type Def = {
  sections: { id: string; title: Record<string, string>; questions: { id: string; kind: string; text: Record<string, string>; required: boolean; options: { value: string; label: Record<string, string> }[]; showIf: { questionId: string; values: string[] } | null }[] }[];
};

const nlText = (texts: Record<string, string>) => texts.nl || Object.values(texts).find(Boolean) || '';

/**
 * The fields of a question, for adding one or (with `q`) editing it: section, kind, required,
 * the text and the options per language (one a line, in the Dutch lines' order), the skip rule.
 * The rule's choices are the questions with answers to choose from, except the question itself.
 */
export function questionFields(
  def: Def,
  label: (name: string) => string,
  opts: { kinds: readonly string[]; kindLabel: (kind: string) => string; alwaysShow: string; q?: Def['sections'][number]['questions'][number]; sectionId?: string },
): FieldSpec[] {
  const q = opts.q;
  const questions = def.sections.flatMap((s) => s.questions);
  const optionLines = (l: string) => (q ? q.options.map((o) => o.label[l] ?? '').join('\n').replace(/\n+$/, '') : '');
  return [
    { kind: 'select', name: 'sectionId', label: label('sectionId'), required: true, defaultValue: opts.sectionId ?? def.sections.at(-1)?.id ?? '', options: def.sections.map((s, i) => ({ value: s.id, label: `${i + 1}. ${nlText(s.title)}` })) },
    { kind: 'select', name: 'kind', label: label('kind'), required: true, defaultValue: q?.kind ?? 'single', options: opts.kinds.map((k) => ({ value: k, label: opts.kindLabel(k) })) },
    { kind: 'checkbox', name: 'required', label: label('required'), defaultChecked: q?.required },
    ...languageFields('text', label, { required: true, maxLength: 500, values: q?.text }),
    ...PUBLIC_LOCALES.map((l) => ({ kind: 'textarea' as const, name: `options_${l}`, label: label(`options_${l}`), maxLength: 4000, defaultValue: optionLines(l) })),
    {
      kind: 'select',
      name: 'showIfQuestionId',
      label: label('showIfQuestionId'),
      defaultValue: q?.showIf?.questionId ?? '',
      options: [
        { value: '', label: opts.alwaysShow },
        ...questions.filter((o) => o.id !== q?.id && (o.kind === 'single' || o.kind === 'multiple' || o.kind === 'scale')).map((o) => ({ value: o.id, label: nlText(o.text) })),
      ],
    },
    { kind: 'text', name: 'showIfValues', label: label('showIfValues'), maxLength: 500, defaultValue: q?.showIf?.values.join(', ') ?? '' },
  ];
}
