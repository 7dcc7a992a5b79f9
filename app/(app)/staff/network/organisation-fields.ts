import type { FieldSpec } from '@/app/_components/action-form';
import { NETWORK_KINDS } from '@/lib/network/schema';

type T = (key: string) => string;

/** The fields of the organisation form (new, or edit with the current values). */
export function organisationFields(
  t: T,
  wijken: { code: string; name: string }[],
  current: {
    id: string;
    name: string;
    kind: string;
    wijkCode: string | null;
    contactPerson: string | null;
    phone: string | null;
    email: string | null;
    mayApproachMembers: boolean;
    visitEveryWeeks: number;
    notes: string | null;
    active: boolean;
  } | null,
): FieldSpec[] {
  return [
    ...(current ? [{ kind: 'hidden' as const, name: 'id', value: current.id }] : []),
    { kind: 'text', name: 'name', label: t('fieldName'), required: true, maxLength: 120, defaultValue: current?.name },
    {
      kind: 'select',
      name: 'kind',
      label: t('fieldKind'),
      required: true,
      placeholder: t('chooseKind'),
      options: NETWORK_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
      defaultValue: current?.kind,
    },
    {
      kind: 'select',
      name: 'wijk',
      label: t('fieldWijk'),
      placeholder: t('noWijk'),
      options: wijken.map((w) => ({ value: w.code, label: w.name })),
      defaultValue: current?.wijkCode ?? '',
    },
    { kind: 'text', name: 'contactPerson', label: t('fieldContactPerson'), maxLength: 120, defaultValue: current?.contactPerson ?? '' },
    { kind: 'tel', name: 'phone', label: t('fieldPhone'), maxLength: 20, defaultValue: current?.phone ?? '' },
    { kind: 'email', name: 'email', label: t('fieldEmail'), maxLength: 200, defaultValue: current?.email ?? '' },
    { kind: 'number', name: 'visitEveryWeeks', label: t('fieldVisitEvery'), hint: t('fieldVisitEveryHint'), required: true, defaultValue: String(current?.visitEveryWeeks ?? 1) },
    { kind: 'checkbox', name: 'mayApproachMembers', label: t('fieldMayApprove'), defaultChecked: current?.mayApproachMembers ?? false },
    { kind: 'textarea', name: 'notes', label: t('fieldNotes'), maxLength: 2000, defaultValue: current?.notes ?? '' },
    { kind: 'checkbox', name: 'active', label: t('fieldActive'), defaultChecked: current?.active ?? true },
  ];
}
