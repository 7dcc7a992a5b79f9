import { getLocale, getTranslations } from 'next-intl/server';
import { DataBadge } from '@/app/_components/ui/badge';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader } from '@/app/_components/ui/table';
import { type CorpsRow, type TrainingModule, moduleCounts, moduleName } from '@/lib/training/queries';

/** Progress per ambassador (links to their page) and per module. */
export async function ProgressTables({ corps }: { corps: { modules: TrainingModule[]; rows: CorpsRow[] } }) {
  const t = await getTranslations('training');
  const tc = await getTranslations('training.corps');
  const tm = await getTranslations('training.perModule');
  // The status names of the corps (every step of the lifecycle), not a list of our own.
  const status = await getTranslations('corps.status');
  const locale = await getLocale();
  return (
    <>
      <Section id="corps" title={tc('title')} className="mt-8">
        <DataTable
          caption={tc('title')}
          captionHidden
          className="mt-2"
          rowCount={corps.rows.length}
          empty={tc('empty')}
          data-testid="corps-progress"
          columns={[{ header: tc('colName') }, { header: tc('colStatus') }, { header: tc('colRequired') }, { header: tc('colSocialMap') }, { header: tc('colCertificate') }]}
        >
          {corps.rows.map((r) => {
            const cert = r.progress.certificate;
            const state = cert ? (cert.revokedAt ? 'revoked' : 'valid') : 'none';
            return (
              <tr key={r.id} className="border-b border-slate-200">
                <RowHeader>
                  <a href={`/staff/training/ambassadors/${r.id}`} className="font-semibold text-brand-700 underline" aria-label={tc('open', { name: r.name })}>
                    {r.name}
                  </a>
                </RowHeader>
                <td className="p-2">{status(r.status)}</td>
                <td className="p-2">{tc('requiredCount', { done: r.progress.requiredDone, total: r.progress.requiredTotal })}</td>
                <td className="p-2">{r.progress.socialMapDone ? t('yes') : t('no')}</td>
                <td className="p-2">
                  <DataBadge tone={state === 'valid' ? 'success' : state === 'revoked' ? 'danger' : 'neutral'}>{t(`certificateState.${state}`)}</DataBadge>
                </td>
              </tr>
            );
          })}
        </DataTable>
      </Section>

      <Section id="per-module" title={tm('title')} className="mt-8">
        <DataTable caption={tm('title')} captionHidden className="mt-2" data-testid="module-progress" columns={[{ header: tm('colModule') }, { header: tm('colKind') }, { header: tm('colCompleted') }]}>
          {moduleCounts(corps).map((c) => (
            <tr key={c.module.id} className="border-b border-slate-200">
              <RowHeader>
                {moduleName(c.module, locale)}
              </RowHeader>
              <td className="p-2">{c.module.required ? t('required') : t('optional')}</td>
              <td className="p-2">{tm('completedCount', { completed: c.completed, total: c.total })}</td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
