import { getTranslations } from 'next-intl/server';
import { AreaShell } from '@/app/_components/area-shell';
import { requireArea } from '@/lib/auth/gate';

export default async function AssociationLayout({ children }: { children: React.ReactNode }) {
  const user = await requireArea('association');
  const t = await getTranslations('associationNav');
  return (
    <AreaShell
      area="association"
      user={user}
      nav={[
        { href: '/association', label: t('home') },
        { href: '/association/submit', label: t('submit') },
        { href: '/association/import', label: t('import') },
        { href: '/association/contacts', label: t('contacts') },
        { href: '/association/signals', label: t('signals') },
      ]}
    >
      {children}
    </AreaShell>
  );
}
