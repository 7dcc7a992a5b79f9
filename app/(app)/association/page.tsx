import { eq } from 'drizzle-orm';
import { getTranslations } from 'next-intl/server';
import { Welcome } from '@/app/_components/area-shell';
import { getDb } from '@/db/client';
import { associations } from '@/db/schema';
import { requireArea } from '@/lib/auth/gate';
import { contactCountOfAssociation } from '@/lib/leads/queries';

export default async function AssociationHome() {
  const user = await requireArea('association');
  const t = await getTranslations('associationHome');
  const db = getDb();
  const [assoc] = user.associationId
    ? await db.select({ name: associations.name }).from(associations).where(eq(associations.id, user.associationId))
    : [];
  const n = user.associationId ? await contactCountOfAssociation(db, user.associationId) : 0;
  return (
    <>
      <Welcome user={user} intro={t('intro')} />
      <section className="rounded-lg bg-white p-4 shadow-sm">
        {assoc ? <h2 className="text-xl font-bold">{t('organisation', { name: assoc.name })}</h2> : null}
        <p className="mt-1">{t('contactsCount', { count: n })}</p>
      </section>
    </>
  );
}
