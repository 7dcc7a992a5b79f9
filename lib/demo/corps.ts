import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  agreementAcceptances,
  ambassadorClothing,
  ambassadorInterviews,
  ambassadorStatusEvents,
  ambassadors,
  languageProviders,
  neighbourhoods,
  users,
} from '@/db/schema';
import { AGREEMENT_VERSION } from '../../lib/ambassadors/lifecycle';

const SIZES = ['S', 'M', 'L', 'XL'] as const;

/** Three new candidates in the pipeline: one nominated by a language provider, one from the survey, one entered by hand. */
export const DEMO_CANDIDATES = [
  {
    name: 'Meron Tesfaye', languages: ['nl', 'ti'], origin: 'Eritrea', wijk: 'palenstein', nt2: 'A2', children: true,
    source: 'provider' as const, provider: 'Taalhuis Meerzicht', status: 'interview' as const,
    motivation: 'Rondde de B1-route af, helpt nu al landgenoten met brieven van de gemeente. Spreekt Tigrinya; het korps heeft weinig Tigrinya-sprekers.',
  },
  { name: 'Oksana Melnyk', languages: ['nl', 'uk', 'ru'], origin: 'Oekraïne', wijk: 'oosterheem', nt2: 'B1', children: true, source: 'survey' as const, status: 'training' as const },
  { name: 'Mariam Yusuf', languages: ['nl', 'so'], origin: 'Somalië', wijk: 'meerzicht', nt2: null, children: true, source: 'manual' as const, status: 'candidate' as const },
] as const;

/**
 * The corps' lifecycle for the demo (call after the ambassadors, accounts and providers): every
 * one of the 23 went candidate → interview → VOG → training → active in the autumn of 2009, with
 * a VOG, a municipal pass, a polo and a rain jacket; the two who stopped for paid work have the
 * stop in their history and handed in pass and clothing; the demo accounts have accepted the
 * volunteer agreement (so they are active and eligible, as the other journeys expect). Plus three
 * candidates, one nominated by a language provider.
 */
export async function seedCorps(tx: DbOrTx): Promise<void> {
  const [coordinator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@wijkwerf.test'));
  const actorUserId = coordinator?.id ?? null;
  const corps = await tx.select({ id: ambassadors.id, status: ambassadors.status, code: ambassadors.referralCode }).from(ambassadors).orderBy(asc(ambassadors.referralCode));

  const history: (typeof ambassadorStatusEvents.$inferInsert)[] = [];
  const clothing: (typeof ambassadorClothing.$inferInsert)[] = [];
  const interviews: (typeof ambassadorInterviews.$inferInsert)[] = [];
  const steps = [
    [null, 'candidate', '2009-09-14'],
    ['candidate', 'interview', '2009-10-05'],
    ['interview', 'vog', '2009-10-19'],
    ['vog', 'training', '2009-11-16'],
    ['training', 'active', '2010-01-11'],
  ] as const;
  for (const [i, a] of corps.entries()) {
    const n = i + 1;
    const stopped = a.status === 'stopped';
    for (const [from, to, on] of steps) history.push({ ambassadorId: a.id, fromStatus: from, toStatus: to, actorUserId, createdAt: new Date(`${on}T10:00:00Z`) });
    if (stopped) {
      history.push({ ambassadorId: a.id, fromStatus: 'active', toStatus: 'stopped', stopReason: 'paid_work', note: 'Betaald werk gevonden', actorUserId, createdAt: new Date('2010-06-30T10:00:00Z') });
    }
    interviews.push({ ambassadorId: a.id, heldOn: '2009-10-05', panel: 'Projectleider en consulent Publieksplein', outcome: 'suitable', createdByUserId: actorUserId });
    await tx
      .update(ambassadors)
      .set({
        source: n % 3 === 0 ? 'provider' : 'survey',
        vogRequestedOn: '2009-10-19',
        vogReceivedOn: '2009-11-09',
        vogIssuedOn: '2009-11-06',
        vogCostCents: 3005,
        nt2Evidence: n % 2 ? 'diploma' : 'test',
        nt2EvidenceOn: '2009-06-26',
        passNumber: `ZMP-${String(1000 + n)}`,
        passIssuedOn: '2010-01-11',
        passExpiresOn: '2030-01-11',
        passReturnedOn: stopped ? '2010-06-30' : null,
        ...(stopped ? { stopReasonCode: 'paid_work' as const } : {}),
      })
      .where(eq(ambassadors.id, a.id));
    for (const item of ['polo', 'rain_jacket'] as const) {
      clothing.push({ ambassadorId: a.id, item, size: SIZES[n % SIZES.length], issuedOn: '2010-01-11', returnedOn: stopped ? '2010-06-30' : null });
    }
  }

  // The candidates.
  const wijken = await tx.select().from(neighbourhoods);
  const providers = await tx.select().from(languageProviders);
  for (const [i, c] of DEMO_CANDIDATES.entries()) {
    const provider = 'provider' in c ? providers.find((p) => p.name === c.provider) : undefined;
    const [row] = await tx
      .insert(ambassadors)
      .values({
        displayName: c.name,
        languages: [...c.languages],
        countryOfOrigin: c.origin,
        neighbourhoodId: wijken.find((w) => w.code === c.wijk)?.id ?? null,
        nt2Level: c.nt2,
        hasChildren: c.children,
        status: c.status,
        source: c.source,
        nominatedByProviderId: provider?.id ?? null,
        nominationMotivation: 'motivation' in c ? c.motivation : null,
        referralCode: `AMB${String(corps.length + i + 1).padStart(2, '0')}`,
        ...(c.status === 'training' ? { vogRequestedOn: '2026-09-01', vogReceivedOn: '2026-09-22', vogIssuedOn: '2026-09-19', vogCostCents: 0 } : {}),
        ...(c.status === 'interview' ? { vogRequestedOn: null } : {}),
      })
      .returning({ id: ambassadors.id });
    const path = c.status === 'candidate' ? steps.slice(0, 1) : c.status === 'interview' ? steps.slice(0, 2) : steps.slice(0, 4);
    for (const [k, [from, to]] of path.entries()) {
      history.push({ ambassadorId: row!.id, fromStatus: from, toStatus: to, actorUserId, createdAt: new Date(Date.UTC(2026, 7, 17 + k * 14, 10)) });
    }
    if (c.status !== 'candidate') {
      interviews.push({ ambassadorId: row!.id, heldOn: '2026-08-31', panel: 'Projectleider en consulent Publieksplein', outcome: 'suitable', notes: 'Enthousiast, goed verhaal over de eigen cursus.', createdByUserId: actorUserId });
    }
  }

  await tx.insert(ambassadorStatusEvents).values(history);
  await tx.insert(ambassadorInterviews).values(interviews);
  await tx.insert(ambassadorClothing).values(clothing);

  // The demo accounts have accepted the volunteer agreement.
  const accounts = await tx
    .select({ id: users.id, ambassadorId: users.ambassadorId })
    .from(users)
    .where(inArray(users.email, ['ambassador@wijkwerf.test', 'ambassador2@wijkwerf.test']));
  const accepted = accounts.filter((u) => u.ambassadorId).map((u) => ({ ambassadorId: u.ambassadorId!, userId: u.id, version: AGREEMENT_VERSION, acceptedAt: new Date('2010-01-11T10:00:00Z') }));
  if (accepted.length) await tx.insert(agreementAcceptances).values(accepted);
}
