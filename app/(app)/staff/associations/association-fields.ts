import type { FieldSpec } from '@/app/_components/action-form';
import type { Association } from '@/lib/associations/queries';

type T = (key: string) => string;

/** The fields of the association form (new, or edit with the current values). */
export function associationFields(t: T, current: Association | null): FieldSpec[] {
  return [
    ...(current ? [{ kind: 'hidden' as const, name: 'id', value: current.id }] : []),
    { kind: 'text', name: 'name', label: t('fieldName'), required: true, maxLength: 120, defaultValue: current?.name },
    { kind: 'text', name: 'community', label: t('fieldCommunity'), required: true, maxLength: 80, defaultValue: current?.community },
    { kind: 'text', name: 'contactPerson', label: t('fieldContactPerson'), maxLength: 120, defaultValue: current?.contactPerson ?? '' },
    { kind: 'tel', name: 'contactPhone', label: t('fieldContactPhone'), maxLength: 20, defaultValue: current?.contactPhone ?? '' },
    { kind: 'email', name: 'contactEmail', label: t('fieldContactEmail'), maxLength: 200, defaultValue: current?.contactEmail ?? '' },
    { kind: 'textarea', name: 'subsidyNote', label: t('fieldSubsidyNote'), maxLength: 1000, defaultValue: current?.subsidyNote ?? '' },
    { kind: 'checkbox', name: 'active', label: t('fieldActive'), defaultChecked: current?.active ?? true },
  ];
}
