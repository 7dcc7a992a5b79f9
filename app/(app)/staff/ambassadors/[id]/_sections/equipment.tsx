import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { clothingAction, passAction } from '@/lib/ambassadors/actions';
import { CLOTHING_ITEMS } from '@/lib/ambassadors/lifecycle';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader } from '@/app/_components/ui/table';
import { dayFormat } from './shared';
import { PassPhotoForm } from './pass-photo-form';

/** The checklist (pass, polo, rain jacket: issued and returned) and the forms to record them. */
export async function EquipmentSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const day = await dayFormat();
  const mark = (d: string | null) => (d ? `✓ ${day(d)}` : t('equipment.notIssued'));
  const clothing = Object.fromEntries(a.clothing.map((c) => [c.item, c]));
  const checklist = [
    { key: 'pass', label: t('item.pass'), size: a.passNumber, issued: a.passIssuedOn, returned: a.passReturnedOn, expires: a.passExpiresOn },
    ...CLOTHING_ITEMS.map((item) => ({ key: item, label: t(`item.${item}`), size: clothing[item]?.size ?? null, issued: clothing[item]?.issuedOn ?? null, returned: clothing[item]?.returnedOn ?? null, expires: null })),
  ];
  const clothingFields: FieldSpec[] = [
    { kind: 'hidden', name: 'ambassadorId', value: a.id },
    ...CLOTHING_ITEMS.flatMap((item): FieldSpec[] => {
      const label = t(`item.${item}`);
      return [
        { kind: 'text', name: `${item}Size`, label: t('equipment.size', { item: label }), maxLength: 10, defaultValue: clothing[item]?.size ?? undefined },
        { kind: 'date', name: `${item}IssuedOn`, label: t('equipment.issuedOn', { item: label }), defaultValue: clothing[item]?.issuedOn ?? undefined },
        { kind: 'date', name: `${item}ReturnedOn`, label: t('equipment.returnedOn', { item: label }), defaultValue: clothing[item]?.returnedOn ?? undefined },
      ];
    }),
  ];
  const tp = await getTranslations('pass');
  return (
    <Section id="equipment" title={t('detail.equipmentTitle')} card>
      <PassPhotoForm
        ambassadorId={a.id}
        text={{ label: tp('photoLabel'), hint: tp('photoHint'), submit: tp('photoSubmit'), submitting: tp('photoSubmitting'), saved: tp('photoSaved'), notSent: tp('photoNotSent') }}
      />
      <DataTable
        caption={t('equipment.checklistCaption')}
        columns={[{ header: t('equipment.colItem') }, { header: t('equipment.colSize') }, { header: t('equipment.colIssued') }, { header: t('equipment.colExpires') }, { header: t('equipment.colReturned') }]}
        className="mt-2"
        data-testid="checklist"
      >
        {checklist.map((c) => (
          <tr key={c.key} className="border-b border-slate-200">
            <RowHeader>
              {c.label}
            </RowHeader>
            <td className="p-2">{c.size ?? '—'}</td>
            <td className="p-2">{mark(c.issued)}</td>
            <td className="p-2">{c.expires ? day(c.expires) : '—'}</td>
            <td className="p-2">{c.returned ? `✓ ${day(c.returned)}` : '—'}</td>
          </tr>
        ))}
      </DataTable>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <ActionForm
          idPrefix="pass"
          action={passAction}
          fields={[
            { kind: 'hidden', name: 'ambassadorId', value: a.id },
            { kind: 'text', name: 'passNumber', label: t('equipment.passNumber'), maxLength: 40, defaultValue: a.passNumber ?? undefined },
            { kind: 'date', name: 'issuedOn', label: t('equipment.passIssuedOn'), defaultValue: a.passIssuedOn ?? undefined },
            { kind: 'date', name: 'expiresOn', label: t('equipment.passExpiresOn'), defaultValue: a.passExpiresOn ?? undefined },
            { kind: 'date', name: 'returnedOn', label: t('equipment.passReturnedOn'), defaultValue: a.passReturnedOn ?? undefined },
          ]}
          submitLabel={t('equipment.passSave')}
        />
        <ActionForm idPrefix="clothing" action={clothingAction} fields={clothingFields} submitLabel={t('equipment.clothingSave')} />
      </div>
    </Section>
  );
}
