import { getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';
import { AccountsSection, type AccountSearch } from '@/app/(app)/_accounts/accounts-section';
import { SessionSettingsSection } from './_sections/session-settings';

/** The administrator's home: every account, the open invites and the invite form; the staff's idle limit. */
export default async function AdminHome({ searchParams }: { searchParams: Promise<AccountSearch> }) {
  const me = await requireArea('admin');
  const t = await getTranslations('admin');
  const tp = await getTranslations('publicPageSettings');
  return (
    <>
      <Welcome user={me} intro={t('intro')} />
      {/* Until the grouped navigation has a place for it (area chrome). */}
      <p className="mb-4">
        <a className="text-brand-700 underline" href="/admin/public-page">
          {tp('title')}
        </a>
      </p>
      <AccountsSection me={me} search={await searchParams} />
      <SessionSettingsSection />
    </>
  );
}
