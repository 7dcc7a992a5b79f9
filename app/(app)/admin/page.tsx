import { getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';
import { AccountsSection, type AccountSearch } from '@/app/(app)/_accounts/accounts-section';

/** The administrator's home: every account, the open invites and the invite form. */
export default async function AdminHome({ searchParams }: { searchParams: Promise<AccountSearch> }) {
  const me = await requireArea('admin');
  const t = await getTranslations('admin');
  return (
    <>
      <Welcome user={me} intro={t('intro')} />
      <AccountsSection me={me} search={await searchParams} />
    </>
  );
}
