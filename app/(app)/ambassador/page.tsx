import { eq } from 'drizzle-orm';
import { getLocale, getTranslations } from 'next-intl/server';
import { headers } from 'next/headers';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { ambassadors } from '@/db/schema';
import { requireArea } from '@/lib/auth/gate';
import { contactsOfAmbassador } from '@/lib/leads/queries';
import { getStepNames } from '@/lib/leads/step-names';
import { publicOrigin } from '@/lib/security/origin';

export default async function AmbassadorHome() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('ambassadorHome');
  const db = getDb();
  const steps = await getStepNames(db, await getLocale(), (await getTranslations('steps')) as never);
  const [profile] = user.ambassadorId
    ? await db.select({ code: ambassadors.referralCode }).from(ambassadors).where(eq(ambassadors.id, user.ambassadorId))
    : [];
  const contacts = user.ambassadorId ? await contactsOfAmbassador(db, user.ambassadorId) : [];
  const link = profile ? `${publicOrigin(await headers())}/?ref=${profile.code}` : null;
  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      {link ? (
        <section aria-labelledby="ref-title" className="mb-6 rounded-lg bg-white p-4 shadow-sm">
          <h2 id="ref-title" className="text-xl font-bold">
            {t('referralTitle')}
          </h2>
          <p className="mt-1">{t('referralText')}</p>
          <p className="mt-2 break-all rounded bg-slate-100 p-2 font-mono" data-testid="referral-link">
            {link}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="contacts-title" className="rounded-lg bg-white p-4 shadow-sm">
        <h2 id="contacts-title" className="text-xl font-bold">
          {t('contactsTitle')}
        </h2>
        <p className="mt-1">{t('contactsCount', { count: contacts.length })}</p>
        {contacts.length ? (
          <ul className="mt-2 divide-y divide-slate-200">
            {contacts.map((c) => (
              <li key={c.id} className="flex justify-between gap-2 py-2">
                <span>{c.firstName}</span>
                <span className="text-slate-700">{steps[c.status]}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
