import { getLocale, getTranslations } from 'next-intl/server';
import { DataTable, RowHeader } from '@/app/_components/ui/table';
import { type AmbassadorProgress, moduleName } from '@/lib/training/queries';
import { dayFormatter } from './shared';

/** The modules of one ambassador and when each was completed (coordinator's and ambassador's pages). */
export async function ModuleChecklist({ progress }: { progress: AmbassadorProgress }) {
  const t = await getTranslations('training.ambassador');
  const tt = await getTranslations('training');
  const locale = await getLocale();
  const day = await dayFormatter();
  return (
    <DataTable caption={t('caption')} captionHidden className="mt-2" data-testid="module-checklist" columns={[{ header: t('colModule') }, { header: t('colKind') }, { header: t('colDone') }]}>
      {progress.modules.map((p) => (
        <tr key={p.module.id} className="border-b border-slate-200">
          <RowHeader>
            {moduleName(p.module, locale)}
          </RowHeader>
          <td className="p-2">{p.module.required && p.module.active ? tt('required') : tt('optional')}</td>
          <td className="p-2">{p.completedOn ? day(p.completedOn) : <span className="text-slate-700">{t('notDone')}</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
