import { asc, eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { associations, languageProviders } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { inviteUserAction } from '@/lib/users/actions';
import { ActionForm } from '@/app/_components/action-form';

/** The invite form: name, address, role (ambassadors are invited from their profile), and the association or language provider for those roles. */
export async function InviteSection({ roles }: { roles: Role[] }) {
  const t = await getTranslations('account');
  const tr = await getTranslations('roles');
  const assocs = roles.includes('association') ? await getDb().select({ id: associations.id, name: associations.name }).from(associations).orderBy(asc(associations.name)) : [];
  const providers = roles.includes('provider')
    ? await getDb().select({ id: languageProviders.id, name: languageProviders.name }).from(languageProviders).where(eq(languageProviders.active, true)).orderBy(asc(languageProviders.name))
    : [];
  return (
    <section aria-labelledby="invite-title" className="mt-8 max-w-xl">
      <h2 id="invite-title" className="text-xl font-bold">
        {t('inviteTitle')}
      </h2>
      <p className="mt-1">{t('inviteIntro')}</p>
      <ActionForm
        action={inviteUserAction}
        idPrefix="invite"
        className="mt-3 rounded-lg bg-white p-4 shadow-sm"
        submitLabel={t('inviteSubmit')}
        messages={{ 'account.inviteSent': t('inviteSent') }}
        fields={[
          { kind: 'text', name: 'name', label: t('inviteName'), required: true, maxLength: 120 },
          { kind: 'email', name: 'email', label: t('inviteEmail'), required: true, maxLength: 254 },
          { kind: 'select', name: 'role', label: t('inviteRole'), required: true, options: roles.map((r) => ({ value: r, label: tr(r) })) },
          ...(assocs.length ? [{ kind: 'select' as const, name: 'associationId', label: t('inviteAssociation'), placeholder: '—', options: assocs.map((a) => ({ value: a.id, label: a.name })) }] : []),
          ...(providers.length ? [{ kind: 'select' as const, name: 'providerId', label: t('inviteProvider'), placeholder: '—', options: providers.map((p) => ({ value: p.id, label: p.name })) }] : []),
        ]}
      />
    </section>
  );
}
