import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { isAmbassadorActive, whyNotEligible } from '@/lib/ambassadors/eligibility';
import { Alert } from '@/app/_components/ui/alert';
import { Heading } from '@/app/_components/ui/heading';

/** On the start page until the ambassador accepts the volunteer agreement (`ownCorpsStatus().agreementPending`). */
export async function AgreementNotice({ pending }: { pending: boolean }) {
  if (!pending) return null;
  const t = await getTranslations('corps.own');
  return (
    <Alert type="info" className="mb-6" data-testid="agreement-pending">
      <p className="font-semibold">{t('pendingTitle')}</p>
      <p className="mt-1">
        <a href="/ambassador/corps" className="text-brand-700 underline">
          {t('pendingLink')}
        </a>
      </p>
    </Alert>
  );
}

/**
 * Active, but not (yet) allowed on shifts (no VOG, …): says why, instead of open shifts the
 * server would refuse anyway. Ambassadors who are not active get NotActiveNotice instead.
 */
export async function NotEligibleNotice({ ambassadorId }: { ambassadorId: string }) {
  const db = getDb();
  const reasons = (await whyNotEligible(db, ambassadorId)) ?? [];
  if (!reasons.length || !(await isAmbassadorActive(db, ambassadorId))) return null;
  const t = await getTranslations();
  return (
    <section role="status" aria-labelledby="not-eligible-title" className="mt-4 rounded-md border-2 border-amber-700 bg-amber-50 p-4 text-amber-950" data-testid="not-eligible">
      <Heading level={2} id="not-eligible-title" className="text-lg">
        {t('corps.own.notEligibleTitle')}
      </Heading>
      <p className="mt-1">{t('corps.own.notEligibleText')}</p>
      <ul className="mt-1 list-disc ps-6">
        {reasons.map((r) => (
          <li key={r}>{t.has(r as never) ? t(r as never) : r}</li>
        ))}
      </ul>
    </section>
  );
}
