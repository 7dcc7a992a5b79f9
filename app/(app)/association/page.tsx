import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { Section, cardClass } from '@/app/_components/ui/card';
import { getDb } from '@/db/client';
import { associationCounts, associationName } from '@/lib/associations/queries';
import { listOwnSignals } from '@/lib/signals/queries';
import { requireArea } from '@/lib/auth/gate';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationNav');
  return { title: `${t('home')} – Wijkwerf` };
}

/** The association's start page: its name, its figures, what it can do, its latest signals. */
export default async function AssociationHome() {
  const user = await requireArea('association');
  const t = await getTranslations('associationArea');
  const ts = await getTranslations('associationSignals');
  const format = await getFormatter();
  const db = getDb();
  const associationId = user.associationId;
  if (!associationId) {
    return (
      <>
        <Welcome user={user} intro={t('intro')} />
        <p className={cardClass}>{t('noAssociation')}</p>
      </>
    );
  }
  const [name, counts, signals] = await Promise.all([
    associationName(db, associationId),
    associationCounts(db, associationId),
    listOwnSignals(db, associationId, 3),
  ]);
  const figures = [
    { key: 'submitted', label: t('countSubmitted'), value: counts.submitted },
    { key: 'in-progress', label: t('countInProgress'), value: counts.inProgress },
    { key: 'plan-signed', label: t('countPlanSigned'), value: counts.planSigned },
  ];
  const actions = [
    { href: '/association/submit', label: t('actionSubmit') },
    { href: '/association/import', label: t('actionImport') },
    { href: '/association/contacts', label: t('actionContacts') },
    { href: '/association/signals', label: t('actionSignals') },
  ];

  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      <div className="grid gap-4 md:grid-cols-2">
        <Section id="assoc-figures" title={name ?? t('countsTitle')} card>
          <p className="text-slate-700">{t('countsTitle')}</p>
          <DescriptionList
            layout="figures"
            className="mt-3"
            items={figures.map((f) => ({ key: f.key, term: f.label, description: format.number(f.value), testId: `count-${f.key}` }))}
          />
        </Section>
        <Section id="assoc-actions" title={t('actionsTitle')} card>
          <ul className="mt-3 grid gap-2">
            {actions.map((a) => (
              <li key={a.href}>
                <a href={a.href} className="text-brand-700 underline">
                  {a.label}
                </a>
              </li>
            ))}
          </ul>
        </Section>
        <Section id="assoc-signals" title={t('latestSignals')} card className="md:col-span-2">
          {signals.length === 0 ? (
            <p className="mt-2">{t('noSignals')}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {signals.map((s) => (
                <li key={s.id} className="py-2">
                  <p className="text-sm text-slate-700">
                    {ts(`kinds.${s.kind}`)} · {ts('sentOn', { date: format.dateTime(s.createdAt, { dateStyle: 'medium' }) })} ·{' '}
                    <strong>{ts(`status.${s.status}`)}</strong>
                  </p>
                  <p className="line-clamp-2 whitespace-pre-line">{s.text}</p>
                </li>
              ))}
            </ul>
          )}
          <p className="mt-2">
            <a href="/association/signals" className="text-brand-700 underline">
              {t('allSignals')}
            </a>
          </p>
        </Section>
      </div>
    </>
  );
}
