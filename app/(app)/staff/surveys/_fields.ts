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
