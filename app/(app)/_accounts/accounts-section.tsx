import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/gate';
import { INVITABLE_ROLES, ROLES, can, isRole } from '@/lib/auth/permissions';
import { listAccounts, listOpenInvites, type AccountFilter } from '@/lib/users/queries';
import { adminResetTwoFactorAction } from '@/lib/users/account-actions';
import { resendInviteAction, revokeInviteAction, setUserActiveAction, setUserRoleAction } from '@/lib/users/actions';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { DataTable } from '@/app/_components/ui/table';
import { Button } from '@/app/_components/ui/button';
import { ConfirmStep } from '@/app/_components/ui/confirm';
import { SavedPanel } from '@/app/_components/ui/alert';
import { InviteSection } from './invite-section';

/** The page's search parameters: the filters, and `done` + `user` after (de)activating an account. */
export type AccountSearch = { q?: string; role?: string; status?: string; twoFactor?: string; done?: string; user?: string };

export function accountFilter(sp: AccountSearch): AccountFilter {
  return {
    q: sp.q?.slice(0, 100),
    role: isRole(sp.role) ? sp.role : undefined,
    status: sp.status === 'active' || sp.status === 'inactive' ? sp.status : undefined,
    twoFactor: sp.twoFactor === 'on' || sp.twoFactor === 'off' ? sp.twoFactor : undefined,
  };
}

const select = 'rounded border border-slate-500 px-2 py-1';

/**
 * The accounts a user may see (their INVITABLE_ROLES): role, status, last sign-in, second factor,
 * with search and filters (a GET form, works without JavaScript); the open invites with resend
 * and revoke; the invite form. The administrator also changes roles, (de)activates and clears a
 * second factor.
 */
export async function AccountsSection({ me, search }: { me: CurrentUser; search: AccountSearch }) {
  const t = await getTranslations('account');
  const ta = await getTranslations('admin');
  const tr = await getTranslations('roles');
  const format = await getFormatter();
  const roles = INVITABLE_ROLES[me.role] ?? [];
  const manage = can(me.role, 'users.manage');
  const filter = accountFilter(search);
  const db = getDb();
  const [accounts, invites] = await Promise.all([listAccounts(db, roles, filter), listOpenInvites(db, roles)]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
  const messages = { saved: ta('saved'), cannotChangeSelf: ta('cannotChangeSelf'), ambassadorProfileRequired: ta('cannotChangeRole'), associationRequired: ta('cannotChangeRole'), providerRequired: ta('cannotChangeRole') };
  const changed = manage && (search.done === 'deactivated' || search.done === 'activated') ? accounts.find((u) => u.id === search.user) : undefined;
  return (
    <>
      {changed ? (
        <div className="mt-4">
          <SavedPanel title={ta(search.done === 'deactivated' ? 'doneDeactivated' : 'doneActivated', { name: changed.name })} testId="account-done">
            {search.done === 'deactivated' && !changed.active ? (
              // The undo of a deactivation is the activation itself (the same authorized action).
              <PlainActionForm action={setUserActiveAction} messages={messages} className="mt-2">
                <input type="hidden" name="userId" value={changed.id} />
                <input type="hidden" name="active" value="true" />
                <Button variant="secondary" size="small" aria-label={ta('undoName', { name: changed.name })}>
                  {ta('undo')}
                </Button>
              </PlainActionForm>
            ) : null}
          </SavedPanel>
        </div>
      ) : null}
      <h2 className="mt-6 text-xl font-bold">{t('accountsTitle')}</h2>
      <form method="get" className="mt-2 flex flex-wrap items-end gap-3" role="search">
        <label className="flex flex-col">
          {t('search')}
          <input name="q" defaultValue={filter.q ?? ''} maxLength={100} className={select} />
        </label>
        <label className="flex flex-col">
          {t('filterRole')}
          <select name="role" defaultValue={filter.role ?? ''} className={select}>
            <option value="">{t('any')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {tr(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t('filterStatus')}
          <select name="status" defaultValue={filter.status ?? ''} className={select}>
            <option value="">{t('any')}</option>
            <option value="active">{t('active')}</option>
            <option value="inactive">{t('inactive')}</option>
          </select>
        </label>
        <label className="flex flex-col">
          {t('filterTwoFactor')}
          <select name="twoFactor" defaultValue={filter.twoFactor ?? ''} className={select}>
            <option value="">{t('any')}</option>
            <option value="on">{t('on')}</option>
            <option value="off">{t('off')}</option>
          </select>
        </label>
        <Button variant="secondary" size="small">
          {t('filter')}
        </Button>
      </form>
      <DataTable
        caption={t('accountsTitle')}
        captionHidden
        rowCount={accounts.length}
        empty={t('noAccounts')}
        columns={[{ header: t('colName') }, { header: t('colRole') }, { header: t('colStatus') }, { header: t('colLastSignIn') }, { header: t('colTwoFactor') }, { header: t('colActions') }]}
        className="mt-2"
      >
        {accounts.map((u) => (
          <tr key={u.id} className="border-b border-slate-200 align-top" data-testid={`user-${u.email}`}>
            <th scope="row" className="p-2 font-normal">
              {u.name}
              <span className="block text-slate-700">{u.email}</span>
              {u.associationName ? <span className="block text-slate-700">{u.associationName}</span> : null}
              {u.providerName ? <span className="block text-slate-700">{u.providerName}</span> : null}
            </th>
            <td className="p-2">
              {!manage || u.id === me.id ? (
                tr(u.role)
              ) : (
                <PlainActionForm action={setUserRoleAction} className="flex flex-wrap items-center gap-2" messages={messages}>
                  <input type="hidden" name="userId" value={u.id} />
                  <label htmlFor={`role-${u.id}`} className="sr-only">
                    {ta('roleFor', { name: u.name })}
                  </label>
                  <select id={`role-${u.id}`} name="role" defaultValue={u.role} className={select}>
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {tr(r)}
                      </option>
                    ))}
                  </select>
                  <Button variant="secondary" size="small">
                    {ta('saveRole')}
                  </Button>
                </PlainActionForm>
              )}
            </td>
            <td className="p-2">{u.active ? ta('active') : ta('inactive')}</td>
            <td className="p-2">{u.lastSignInAt ? when(u.lastSignInAt) : t('never')}</td>
            <td className="p-2">{u.twoFactorOn ? t('on') : t('off')}</td>
            <td className="p-2">
              {!manage || u.id === me.id ? null : (
                <div className="flex flex-col gap-2">
                  {u.active ? (
                    // No one-click damage: the first click says what deactivating does, the second does it.
                    <ConfirmStep
                      label={ta('deactivate')}
                      name={`${ta('deactivate')}: ${u.name}`}
                      consequence={ta('deactivateConfirm', { name: u.name })}
                      cancelHint={ta('deactivateCancel')}
                      testId={`deactivate-${u.id}`}
                    >
                      <PlainActionForm action={setUserActiveAction} messages={messages}>
                        <input type="hidden" name="userId" value={u.id} />
                        <input type="hidden" name="active" value="false" />
                        <Button variant="danger" size="small">
                          {ta('deactivateConfirmSubmit', { name: u.name })}
                        </Button>
                      </PlainActionForm>
                    </ConfirmStep>
                  ) : (
                    <PlainActionForm action={setUserActiveAction} messages={messages}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="active" value="true" />
                      <Button variant="secondary" size="small" aria-label={`${ta('activate')}: ${u.name}`}>
                        {ta('activate')}
                      </Button>
                    </PlainActionForm>
                  )}
                  {u.twoFactorOn ? (
                    <PlainActionForm action={adminResetTwoFactorAction} messages={{ ...messages, saved: t('twoFactorReset') }}>
                      <input type="hidden" name="userId" value={u.id} />
                      <Button size="small" variant="secondary" aria-label={t('resetTwoFactorFor', { name: u.name })}>
                        {t('resetTwoFactor')}
                      </Button>
                    </PlainActionForm>
                  ) : null}
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>

      <h2 className="mt-8 text-xl font-bold">{t('invitesTitle')}</h2>
      <DataTable
        caption={t('invitesTitle')}
        captionHidden
        rowCount={invites.length}
        empty={t('noInvites')}
        columns={[{ header: t('colName') }, { header: t('colRole') }, { header: t('colExpires') }, { header: t('colActions') }]}
        className="mt-2"
      >
        {invites.map((i) => (
          <tr key={i.id} className="border-b border-slate-200 align-top" data-testid={`invite-${i.email}`}>
            <th scope="row" className="p-2 font-normal">
              {i.name}
              <span className="block text-slate-700">{i.email}</span>
            </th>
            <td className="p-2">{tr(i.role)}</td>
            <td className="p-2">
              {when(i.expiresAt)}
              {i.expired ? ` (${t('expired')})` : null}
            </td>
            <td className="flex flex-wrap gap-2 p-2">
              <PlainActionForm action={resendInviteAction} messages={{ 'account.inviteResent': t('inviteResent') }}>
                <input type="hidden" name="inviteId" value={i.id} />
                <Button size="small" variant="secondary" aria-label={t('resendFor', { name: i.name })}>
                  {t('resend')}
                </Button>
              </PlainActionForm>
              <PlainActionForm action={revokeInviteAction} messages={{ 'account.inviteRevoked': t('inviteRevoked') }}>
                <input type="hidden" name="inviteId" value={i.id} />
                <Button size="small" variant="secondary" aria-label={t('revokeFor', { name: i.name })}>
                  {t('revoke')}
                </Button>
              </PlainActionForm>
            </td>
          </tr>
        ))}
      </DataTable>
      <InviteSection roles={roles.filter((r) => r !== 'ambassador')} />
    </>
  );
}
