import { channelOf } from '@/lib/leads/create';
import { count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ambassadors, associations, contactAttempts, languageProviders, leadEvents, leads, neighbourhoods, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { STEPS, type LeadStatus } from '@/lib/leads/journey/steps';
import { seedCommunity } from './community';
import { seedCorps } from './corps';
import { seedCourses } from './courses';
import { seedExpenses } from './expenses';
import { seedIntake } from './intake';
import { seedShifts } from './shifts';
import { seedSocialMap } from './socialmap';
import { seedTargets } from './targets';
import { seedTraining } from './training';
import { seedSurvey } from './survey';
import { DEMO_AMBASSADORS, DEMO_ASSOCIATIONS, DEMO_PASSWORD, DEMO_TOTP_SECRET, demoName, demoPhone, prng } from './data';
import { requiresTwoFactor } from '@/lib/auth/permissions';

export const DEMO_ACCOUNTS = [
  { email: 'admin@wijkwerf.test', name: 'Anouk de Vries', role: 'admin' },
  { email: 'coordinator@wijkwerf.test', name: 'Marco Jansen', role: 'coordinator' },
  { email: 'caseworker@wijkwerf.test', name: 'Sanne Bakker', role: 'caseworker' },
  { email: 'ambassador@wijkwerf.test', name: 'Fatima El Amrani', role: 'ambassador' },
  { email: 'ambassador2@wijkwerf.test', name: 'Ahmad Karimi', role: 'ambassador' },
  { email: 'association@wijkwerf.test', name: 'Wahid Popal', role: 'association' },
  { email: 'association2@wijkwerf.test', name: 'Selin Arslan', role: 'association' },
  { email: 'coach@wijkwerf.test', name: 'Ingrid Verhoeven', role: 'coach' },
  { email: 'provider@wijkwerf.test', name: 'Marieke Jansen', role: 'provider' },
  { email: 'provider2@wijkwerf.test', name: 'Koen Smit', role: 'provider' },
] as const;

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n === 0;
}

/**
 * Loads the demo data into an empty database: the accounts above, 23 ambassadors (two stopped),
 * four associations (the Afghan one first) and leads across sources and steps from 2010 to now.
 * Returns false and changes nothing when the database already has users.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const rand = prng(2010);
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  await db.transaction(async (tx) => {
    const wijken = await tx.select().from(neighbourhoods);
    const wijkId = (code: string) => wijken.find((w) => w.code === code)?.id ?? null;

    const assocRows = await tx
      .insert(associations)
      .values(DEMO_ASSOCIATIONS.map((a) => ({ name: a.name, community: a.community })))
      .returning({ id: associations.id, name: associations.name });
    const assocId = (key: (typeof DEMO_ASSOCIATIONS)[number]['key']) =>
      assocRows[DEMO_ASSOCIATIONS.findIndex((a) => a.key === key)]!.id;

    const ambRows = await tx
      .insert(ambassadors)
      .values(
        DEMO_AMBASSADORS.map((a, i) => ({
          displayName: a.name,
          languages: a.languages,
          countryOfOrigin: a.origin,
          neighbourhoodId: wijkId(a.wijk),
          nt2Level: a.nt2,
          hasChildren: a.children,
          status: a.status,
          referralCode: `AMB${String(i + 1).padStart(2, '0')}`,
          startedOn: new Date('2010-01-11T09:00:00Z'),
          stoppedOn: a.status === 'stopped' ? new Date('2010-06-30T09:00:00Z') : null,
          stopReason: a.stopReason ?? null,
        })),
      )
      .returning({ id: ambassadors.id });

    // Fictional language providers (the city buys courses from a few of them), each with its catalogue.
    const providerRows = await tx
      .insert(languageProviders)
      .values([{ name: 'Taalschool De Brug' }, { name: 'Taalhuis Meerzicht' }, { name: 'NT2 Centrum Zoetermeer' }])
      .returning({ id: languageProviders.id });
    await seedCourses(tx, providerRows.map((p) => p.id));

    const profile: Record<string, { ambassadorId?: string; associationId?: string; providerId?: string }> = {
      'ambassador@wijkwerf.test': { ambassadorId: ambRows[0]!.id },
      'ambassador2@wijkwerf.test': { ambassadorId: ambRows[1]!.id },
      'association@wijkwerf.test': { associationId: assocId('afghan') },
      'association2@wijkwerf.test': { associationId: assocId('turkish') },
      'provider@wijkwerf.test': { providerId: providerRows[0]!.id },
      'provider2@wijkwerf.test': { providerId: providerRows[1]!.id },
    };
    const userRows = await tx
      .insert(users)
      .values(DEMO_ACCOUNTS.map((u) => ({ ...u, passwordHash, ...profile[u.email], ...(requiresTwoFactor(u.role) ? { totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: now } : {}) })))
      .returning({ id: users.id, email: users.email });
    const coordinatorId = userRows.find((u) => u.email === 'coordinator@wijkwerf.test')!.id;
    const caseworkerId = userRows.find((u) => u.email === 'caseworker@wijkwerf.test')!.id;

    const courseTypes = ['Inburgering B1-route', 'Z-route (zelfredzaamheid)', 'Taalcursus NT2 A2', 'Onderwijsroute'];

    // Leads. 2010: 61 recruited by ambassadors in H1 (brief), plus association and network
    // contacts; later cohorts up to now so the current period has activity too.
    const activeAmb = ambRows.slice(0, 21);
    const langs = ['ar', 'tr', 'prs', 'ti', 'so', 'ber', 'fa', 'pl', 'zh', 'uk', 'ps', 'ur'];
    const wijkCodes = wijken.map((w) => w.code);
    type Src = 'public' | 'ambassador' | 'association' | 'network' | 'desk';
    const specs: { at: Date; source: Src; amb?: string; assoc?: string; status: LeadStatus }[] = [];
    const day = 24 * 3600 * 1000;
    const between = (from: Date, to: Date) => new Date(from.getTime() + rand() * (to.getTime() - from.getTime()));
    const progressed = (ageDays: number): LeadStatus => {
      const r = rand();
      if (r < 0.12) return 'closed';
      const maxIdx = Math.min(STEPS.length - 1, Math.floor(ageDays / 12));
      return STEPS[Math.min(maxIdx, Math.floor(rand() * (maxIdx + 1)))]!;
    };
    const h1From = new Date('2010-01-04T09:00:00Z');
    const h1To = new Date('2010-06-30T17:00:00Z');
    for (let i = 0; i < 61; i++) {
      specs.push({ at: between(h1From, h1To), source: 'ambassador', amb: activeAmb[i % activeAmb.length]!.id, status: 'plan_signed' });
    }
    for (let i = 0; i < 13; i++) {
      specs.push({ at: between(h1From, new Date('2010-12-15T12:00:00Z')), source: 'association', assoc: assocId('afghan'), status: 'offer' });
    }
    for (let i = 0; i < 8; i++) specs.push({ at: between(h1From, h1To), source: 'network', status: 'intake' });
    // Recent months: a working pipeline.
    const recentFrom = new Date(now.getTime() - 120 * day);
    for (let i = 0; i < 90; i++) {
      const at = between(recentFrom, now);
      const r = rand();
      const source: Src = r < 0.45 ? 'ambassador' : r < 0.7 ? 'public' : r < 0.85 ? 'association' : r < 0.95 ? 'network' : 'desk';
      specs.push({
        at,
        source,
        amb: source === 'ambassador' ? activeAmb[Math.floor(rand() * activeAmb.length)]!.id : undefined,
        assoc: source === 'association' ? (rand() < 0.6 ? assocId('afghan') : assocId('turkish')) : undefined,
        status: progressed((now.getTime() - at.getTime()) / day),
      });
    }
    // The 2010 cohort: most signed plans, some further along or closed.
    for (const s of specs) {
      if (s.at.getFullYear() !== 2010) continue;
      const r = rand();
      if (s.source === 'ambassador') s.status = r < 0.15 ? 'closed' : r < 0.55 ? 'completed' : r < 0.8 ? 'started' : 'plan_signed';
    }

    /** Intake, offer and plan dates that fit the step a lead has reached. */
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const journeyFields = (status: LeadStatus, at: Date) => {
      const idx = STEPS.indexOf(status as (typeof STEPS)[number]);
      const f: Partial<typeof leads.$inferInsert> = {};
      if (idx >= STEPS.indexOf('intake')) {
        f.intakeAt = new Date(at.getTime() + (10 + Math.floor(rand() * 10)) * day);
        f.intakePlace = 'Publieksplein';
        f.intakeAccompanied = rand() < 0.4;
      }
      if (idx >= STEPS.indexOf('offer')) {
        f.providerId = providerRows[Math.floor(rand() * providerRows.length)]!.id;
        f.courseType = courseTypes[Math.floor(rand() * courseTypes.length)]!;
        f.offerOn = iso(new Date(at.getTime() + 25 * day));
      }
      if (idx >= STEPS.indexOf('plan_signed')) {
        // The 2010 cohort recruited in H1 signed mostly in H2 2010, as in the source.
        const signed =
          at.getFullYear() === 2010
            ? new Date(Math.min(Date.UTC(2010, 11, 20), Math.max(Date.UTC(2010, 6, 1) + rand() * 150 * day, at.getTime() + 35 * day)))
            : new Date(Math.min(now.getTime(), at.getTime() + (35 + Math.floor(rand() * 20)) * day));
        f.planSignedOn = iso(signed);
      }
      if (idx >= STEPS.indexOf('started') && f.planSignedOn) {
        f.courseStartOn = iso(new Date(Date.parse(f.planSignedOn) + 21 * day));
      }
      if (rand() < 0.15) f.barriers = [(['childcare', 'working_hours', 'transport', 'costs'] as const)[Math.floor(rand() * 4)]!];
      return f;
    };

    const leadRows = await tx
      .insert(leads)
      .values(
        specs.map((s, i) => ({
          name: demoName(rand),
          phone: demoPhone(i),
          preferredLanguage: langs[Math.floor(rand() * langs.length)]!,
          neighbourhoodId: wijkId(s.at.getFullYear() === 2010 && rand() < 0.7 ? 'meerzicht' : wijkCodes[Math.floor(rand() * wijkCodes.length)]!),
          forWhom: rand() < 0.8 ? ('self' as const) : ('other' as const),
          source: s.source,
          channel: channelOf(s.source, { recruitedByAmbassadorId: s.amb ?? null, associationId: s.assoc ?? null }),
          recruitedByAmbassadorId: s.amb ?? null,
          associationId: s.assoc ?? null,
          createdByUserId: s.source === 'desk' || s.source === 'network' ? coordinatorId : null,
          consentAt: s.at,
          consentVersion: 'demo',
          status: s.status,
          closeReason: s.status === 'closed' ? ('not_reachable' as const) : null,
          ...journeyFields(s.status, s.at),
          assignedToUserId: s.at.getFullYear() > 2010 && s.status !== 'closed' && rand() < 0.5 ? (rand() < 0.5 ? caseworkerId : coordinatorId) : null,
          createdAt: s.at,
          updatedAt: s.at,
        })),
      )
      .returning({ id: leads.id, status: leads.status, createdAt: leads.createdAt });

    // The association's 2010 offers go round the providers in turn, so each has residents at "offer" to confirm.
    const offers = leadRows.filter((l) => l.status === 'offer' && l.createdAt.getFullYear() === 2010);
    for (const [i, l] of offers.entries()) await tx.update(leads).set({ providerId: providerRows[i % providerRows.length]!.id }).where(eq(leads.id, l.id));

    // History: one event per step reached, a few days apart.
    const events: (typeof leadEvents.$inferInsert)[] = [];
    for (const l of leadRows) {
      events.push({ leadId: l.id, kind: 'created', toStatus: 'new', createdAt: l.createdAt });
      const target = l.status === 'closed' ? 'contacted' : l.status;
      const last = STEPS.indexOf(target as (typeof STEPS)[number]);
      let t = l.createdAt.getTime();
      for (let i = 1; i <= last; i++) {
        t += (3 + Math.floor(rand() * 10)) * day;
        events.push({ leadId: l.id, kind: 'status_change', fromStatus: STEPS[i - 1], toStatus: STEPS[i], actorUserId: coordinatorId, createdAt: new Date(Math.min(t, now.getTime())) });
      }
      if (l.status === 'closed') {
        events.push({ leadId: l.id, kind: 'status_change', fromStatus: target as LeadStatus, toStatus: 'closed', actorUserId: coordinatorId, note: 'Niet bereikbaar', createdAt: new Date(Math.min(t + 7 * day, now.getTime())) });
      }
    }
    for (let i = 0; i < events.length; i += 500) await tx.insert(leadEvents).values(events.slice(i, i + 500));

    // Contact attempts for the recent cohort, and the overdue clock from the last activity.
    const attempts: (typeof contactAttempts.$inferInsert)[] = [];
    for (const l of leadRows) {
      if (l.createdAt.getTime() < now.getTime() - 130 * day) continue;
      const n = Math.floor(rand() * 3);
      for (let i = 0; i < n; i++) {
        const at = new Date(Math.min(now.getTime(), l.createdAt.getTime() + (1 + i * 4 + Math.floor(rand() * 3)) * day));
        attempts.push({
          leadId: l.id,
          at,
          channel: rand() < 0.7 ? 'phone' : 'whatsapp',
          outcome: i === n - 1 && rand() < 0.6 ? 'reached' : 'no_answer',
          actorUserId: rand() < 0.5 ? caseworkerId : coordinatorId,
        });
      }
    }
    if (attempts.length) await tx.insert(contactAttempts).values(attempts);
    const last = new Map<string, number>();
    for (const e of [...events.map((e) => ({ id: e.leadId, t: e.createdAt! })), ...attempts.map((a) => ({ id: a.leadId, t: a.at }))]) {
      last.set(e.id, Math.max(last.get(e.id) ?? 0, (e.t as Date).getTime()));
    }
    for (const l of leadRows) {
      await tx.update(leads).set({ lastActivityAt: new Date(last.get(l.id) ?? l.createdAt.getTime()) }).where(eq(leads.id, l.id));
    }

    await seedCorps(tx);
    await seedTargets(tx, now);
    await seedShifts(tx, now);
    await seedExpenses(tx, now);
    await seedIntake(tx, now, caseworkerId);
    await seedCommunity(tx, now);
    await seedSocialMap(tx, now);
    await seedTraining(tx, now);
    await seedSurvey(tx, coordinatorId);
  });
  return true;
}

export async function countLeads(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(leads);
  return row!.n;
}

export async function userIdByEmail(db: Db, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row?.id;
}
