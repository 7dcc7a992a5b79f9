import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireAreaPermission } from '@/lib/auth/gate';
import { PageHeading } from '@/app/_components/ui/heading';
import { AccountsSection, type AccountSearch } from '@/app/(app)/_accounts/accounts-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('accountsTitle') };
}

/** The coordinator's accounts: ambassador and association accounts, their invites, and inviting an association. */
export default async function StaffAccountsPage({ searchParams }: { searchParams: Promise<AccountSearch> }) {
  const me = await requireAreaPermission('staff', 'users.invite');
  const t = await getTranslations('account');
  return (
    <>
      <PageHeading>{t('accountsTitle')}</PageHeading>
      <AccountsSection me={me} search={await searchParams} />
    </>
  );
}
