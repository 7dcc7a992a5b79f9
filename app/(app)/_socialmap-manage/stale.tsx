import { getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { markVerifiedAction } from '@/lib/socialmap/curation/actions';
import { listStaleServices } from '@/lib/socialmap/curation/queries';
import { type ManageArea, manageBase } from '@/app/(app)/_socialmap/routes';
import { formatDay, ManageNav } from './nav';
import { RecordAction } from './record-action';
import { PageHeading } from '@/app/_components/ui/heading';

export async function StalePage({ area }: { area: ManageArea }) {
  await requireAreaPermission(area, 'socialmap.curate');
  const t = await getTranslations('socialMapManage');
  const locale = await getLocale();
  const rows = await listStaleServices(getDb(), todayLocal());
  const base = manageBase(area);
  const messages = { verifiedToday: t('verifiedToday'), notFound: t('errors.notFound') };
  return (
    <div className="max-w-4xl">
      <PageHeading>{t('stale.title')}</PageHeading>
      <p className="mb-4 mt-1">{t('stale.intro')}</p>
      <ManageNav area={area} />
      {rows.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm" data-testid="stale-list">
          {rows.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <span>
                <a href={`${base}/services/${s.id}`} className="font-semibold text-brand-700 underline">
                  {s.name}
                </a>{' '}
                · {s.organizationName} · {s.assuredDate ? t('lastVerified', { date: formatDay(s.assuredDate, locale) }) : t('lastVerifiedNever')}
              </span>
              <RecordAction idPrefix={`v-${s.id}`} action={markVerifiedAction} area={area} id={s.id} label={t('verify')} variant="secondary" messages={messages} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('stale.empty')}</p>
      )}
    </div>
  );
}
