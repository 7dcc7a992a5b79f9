import { getFormatter, getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { staffOverview } from '@/lib/leads/queries';

export default async function StaffHome() {
  const user = await requireArea('staff');
  const t = await getTranslations('staffHome');
  const ts = await getTranslations('steps');
  const tsrc = await getTranslations('sources');
  const format = await getFormatter();
  const o = await staffOverview(getDb());
  const figures = [
    { label: t('openLeads'), value: o.open },
    { label: t('newThisWeek'), value: o.newThisWeek },
    { label: t('plansSigned'), value: o.plansSigned },
  ];
  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      <dl className="grid gap-4 sm:grid-cols-3">
        {figures.map((f) => (
          <div key={f.label} className="rounded-lg bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-700">{f.label}</dt>
            <dd className="text-3xl font-bold text-brand-800">{format.number(f.value)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="recent-title" className="mt-8">
        <h2 id="recent-title" className="text-xl font-bold">
          {t('recentTitle')}
        </h2>
        {o.recent.length === 0 ? (
          <p className="mt-2">{t('recentEmpty')}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="min-w-full bg-white text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">{t('colDate')}</th>
                  <th scope="col" className="p-2">{t('colSource')}</th>
                  <th scope="col" className="p-2">{t('colStep')}</th>
                  <th scope="col" className="p-2">{t('colWijk')}</th>
                </tr>
              </thead>
              <tbody>
                {o.recent.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200">
                    <td className="p-2">{format.dateTime(r.createdAt, { dateStyle: 'medium' })}</td>
                    <td className="p-2">{tsrc(r.source as never)}</td>
                    <td className="p-2">{ts(r.status)}</td>
                    <td className="p-2">{r.wijk ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
