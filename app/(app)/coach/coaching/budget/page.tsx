import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BudgetOverview } from '@/app/(app)/_coaching/budget-page';
import { requireAreaPermission } from '@/lib/auth/gate';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meetings.budget'))('metaTitle') };
}

/** The coaching budget per target period (body in app/(app)/_coaching). */
export default async function CoachingBudgetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireAreaPermission('coach', 'coaching.manage');
  const { period } = await searchParams;
  return <BudgetOverview base="/coach/coaching" periodId={typeof period === 'string' ? period : undefined} />;
}
