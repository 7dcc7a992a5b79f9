import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { getSignal, referralServiceOptions, searchLeads } from '@/lib/signals/queries';
import { leadSearchSchema } from '@/lib/signals/schema';
import { requireAreaPermission } from '@/lib/auth/gate';
import { getStepNames } from '@/lib/leads/settings/queries';
import { SignalLeadsSection } from './_sections/leads';
import { RepliesSection } from './_sections/replies';
import { SignalCard } from './_sections/signal-card';
import { ConvertSection } from './_sections/convert';
import { BackLink } from '@/app/_components/ui/back-link';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('signalsInbox');
  return { title: `${t('title')} – Wijkwerf` };
}

/** One signal: reply, mark handled or reopen, and link the leads it is about. */
export default async function SignalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'associations.manage');
  const { id } = await params;
  const db = getDb();
  const signal = await getSignal(db, id);
  if (!signal) notFound();
  const sp = await searchParams;
  const search = leadSearchSchema.parse({ q: typeof sp.q === 'string' ? sp.q : undefined, scope: sp.scope });
  const t = await getTranslations('signalsInbox');
  const ts = await getTranslations('steps');
  const steps = await getStepNames(db, await getLocale(), (s) => ts(s));
  const [hits, services] = await Promise.all([
    searchLeads(db, { q: search.q, scope: search.scope, associationId: signal.associationId }),
    signal.source === 'ambassador' ? referralServiceOptions(db, signal.themeId) : [],
  ]);

  return (
    <>
      <BackLink href="/staff/signals">{t('backToInbox')}</BackLink>
      <PageHeading>{signal.source === 'ambassador' ? t('signalTitleField') : t('signalTitle', { association: signal.associationName ?? '' })}</PageHeading>
      <SignalCard signal={signal} />
      {signal.source === 'ambassador' ? <ConvertSection signal={signal} services={services} /> : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <RepliesSection signal={signal} />
        <SignalLeadsSection signal={signal} search={search} hits={hits} steps={steps} />
      </div>
    </>
  );
}
