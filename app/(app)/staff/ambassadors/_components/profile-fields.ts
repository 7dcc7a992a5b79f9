import { getTranslations } from 'next-intl/server';
import type { FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { ENTERED_SOURCES, NT2_EVIDENCE, NT2_LEVELS } from '@/lib/ambassadors/lifecycle';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { listProviders } from '@/lib/leads/journey/detail';
import { LANGUAGE_CODES } from '@/lib/languages';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';

/**
 * The profile form's fields, for the new page and the edit section: labels translated, the
 * background explained on the form (purpose-bound), the source only when adding.
 */
export async function profileFields(current?: AmbassadorDetail): Promise<FieldSpec[]> {
  const t = await getTranslations('corps');
  const tl = await getTranslations('languages');
  const db = getDb();
  const [wijken, providers] = await Promise.all([listNeighbourhoods(db), current ? [] : listProviders(db, { activeOnly: true })]);
  const fields: FieldSpec[] = [
    ...(current ? [{ kind: 'hidden' as const, name: 'ambassadorId', value: current.id }] : []),
    { kind: 'text', name: 'name', label: t('form.name'), required: true, maxLength: 120, defaultValue: current?.displayName },
    { kind: 'checkboxes', name: 'languages', label: t('form.languages'), options: LANGUAGE_CODES.map((c) => ({ value: c, label: tl(c) })), defaultValues: current?.languages ?? ['nl'] },
    { kind: 'text', name: 'background', label: t('form.background'), hint: t('form.backgroundHint'), maxLength: 80, defaultValue: current?.countryOfOrigin ?? undefined },
    {
      kind: 'select',
      name: 'neighbourhood',
      label: t('form.wijk'),
      options: [{ value: '', label: t('form.noWijk') }, ...wijken.map((w) => ({ value: w.code, label: w.name }))],
      defaultValue: current?.wijkCode ?? '',
    },
    { kind: 'select', name: 'nt2Level', label: t('form.nt2Level'), options: [{ value: '', label: t('form.nt2Unknown') }, ...NT2_LEVELS.map((l) => ({ value: l, label: l }))], defaultValue: current?.nt2Level ?? '' },
    {
      kind: 'select',
      name: 'nt2Evidence',
      label: t('form.nt2Evidence'),
      options: [{ value: '', label: t('form.nt2EvidenceNone') }, ...NT2_EVIDENCE.map((e) => ({ value: e, label: t(`nt2Evidence.${e}`) }))],
      defaultValue: current?.nt2Evidence ?? '',
    },
    { kind: 'date', name: 'nt2EvidenceOn', label: t('form.nt2EvidenceOn'), defaultValue: current?.nt2EvidenceOn ?? undefined },
    { kind: 'checkbox', name: 'hasChildren', label: t('form.hasChildren'), defaultChecked: current?.hasChildren ?? false },
    { kind: 'text', name: 'childrenSchools', label: t('form.childrenSchools'), maxLength: 300, defaultValue: current?.childrenSchools ?? undefined },
    { kind: 'tel', name: 'phone', label: t('form.phone'), maxLength: 32, autoComplete: 'off', defaultValue: current?.phone ?? undefined },
    { kind: 'email', name: 'email', label: t('form.email'), hint: t('form.emailHint'), maxLength: 254, autoComplete: 'off', defaultValue: current?.email ?? undefined },
  ];
  if (!current) {
    fields.push(
      { kind: 'radio', name: 'source', label: t('form.source'), options: ENTERED_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) })), defaultValue: 'manual', required: true },
      { kind: 'select', name: 'providerId', label: t('form.provider'), placeholder: t('form.providerPlaceholder'), options: providers.map((p) => ({ value: p.id, label: p.name })) },
      { kind: 'textarea', name: 'motivation', label: t('form.motivation'), maxLength: 2000 },
    );
  }
  return fields;
}
