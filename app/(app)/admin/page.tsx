import { getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ROLES } from '@/lib/auth/permissions';
import { setUserActiveAction, setUserRoleAction } from '@/lib/users/actions';
import { listUsers } from '@/lib/users/queries';
import { DataTable } from '@/app/_components/ui/table';
import { Button } from '@/app/_components/ui/button';

export default async function AdminHome() {
  const me = await requireArea('admin');
  const t = await getTranslations('admin');
  const tr = await getTranslations('roles');
  const users = await listUsers(getDb());
  const messages = { saved: t('saved'), cannotChangeSelf: t('cannotChangeSelf'), ambassadorProfileRequired: t('cannotChangeRole'), associationRequired: t('cannotChangeRole') };
  return (
    <>
      <Welcome user={me} intro={t('intro')} />
      <h2 className="text-xl font-bold">{t('usersTitle')}</h2>
      <DataTable caption={t('usersTitle')} captionHidden columns={[{ header: t('colName') }, { header: t('colEmail') }, { header: t('colRole') }, { header: t('colStatus') }, { header: t('colActions') }]} className="mt-2">
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-200 align-top" data-testid={`user-${u.email}`}>
                <th scope="row" className="p-2 font-normal">
                  {u.name}
                  {u.associationName ? <span className="block text-slate-700">{u.associationName}</span> : null}
                </th>
                <td className="p-2">{u.email}</td>
                <td className="p-2">
                  {u.id === me.id ? (
                    tr(u.role)
                  ) : (
                    <PlainActionForm action={setUserRoleAction} className="flex flex-wrap items-center gap-2" messages={messages}>
                      <input type="hidden" name="userId" value={u.id} />
                      <label htmlFor={`role-${u.id}`} className="sr-only">
                        {t('roleFor', { name: u.name })}
                      </label>
                      <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="rounded border border-slate-500 px-2 py-1">
                        {ROLES.map((r) => (
                          <option key={r} value={r}>
                            {tr(r)}
                          </option>
                        ))}
                      </select>
                      <Button variant="secondary" size="small">
                        {t('saveRole')}
                      </Button>
                    </PlainActionForm>
                  )}
                </td>
                <td className="p-2">{u.active ? t('active') : t('inactive')}</td>
                <td className="p-2">
                  {u.id === me.id ? null : (
                    <PlainActionForm action={setUserActiveAction} messages={messages}>
                      <input type="hidden" name="userId" value={u.id} />
                      <input type="hidden" name="active" value={u.active ? 'false' : 'true'} />
                      <Button size="small" aria-label={`${u.active ? t('deactivate') : t('activate')}: ${u.name}`}>
                        {u.active ? t('deactivate') : t('activate')}
                      </Button>
                    </PlainActionForm>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
    </>
  );
}
