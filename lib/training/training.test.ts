import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, trainingCertificates, trainingModules } from '@/db/schema';
import { seedSocialMap } from '@/lib/demo/socialmap';
import { service } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addDays, todayLocal } from '@/lib/dates';
import { reset } from '@/lib/ratelimit';
import { createReferral } from '@/lib/socialmap/referrals/mutations';
import { createUser } from '@/lib/users/mutations';
import { checkCertificate, openCertificate, VERIFY_WINDOW } from './certificate';
import { CODE_ALPHABET, CODE_LENGTH, formatCode, newVerificationCode, normalizeCode } from './code';
import { DEFAULT_MODULES, SOCIAL_MAP_MODULE_KEY } from './modules';
import { addDefaultModules, createSession, issueCertificate, recordAttendance, revokeCertificate, saveModule } from './mutations';
import {
  ambassadorProgress,
  corpsProgress,
  getSession,
  hasCompletedRequiredTraining,
  hasCompletedSocialMap,
  nextSessionFor,
  openAmbassadorTraining,
  requiredTrainingCompleteSql,
} from './queries';
import { attendanceSchema } from './schema';

const today = todayLocal();
const past = addDays(today, -10);

describe.each(testDrivers)('training on $name', ({ name, open }) => {
  let h: DbHandle;
  let coordinator: string;
  let fatima: string;
  let ahmad: string;
  let stopped: string;
  const moduleId: Record<string, string> = {};
  let n = 0;

  const session = (key: string, date = past) =>
    createSession(h.db, coordinator, { moduleId: moduleId[key]!, date, dagdeel: 'morning', room: 'Zaal 2', trainer: 'Coachbureau' });
  const mark = (sessionId: string, marks: Record<string, 'present' | 'absent' | 'none'>) =>
    recordAttendance(h.db, coordinator, { sessionId, marks: new Map(Object.entries(marks)) });
  const newAmbassador = async (status: 'candidate' | 'active' | 'stopped' = 'active') =>
    (await h.db.insert(ambassadors).values({ displayName: `Amb ${++n}`, referralCode: `T${n}${name}`, status }).returning())[0]!.id;
  const requiredKeys = DEFAULT_MODULES.filter((m) => m.required).map((m) => m.key);

  beforeAll(async () => {
    h = await open();
    coordinator = await createUser(h.db, { email: `coord-${name}@t.nl`, name: 'Coördinator', role: 'coordinator', password: 'a-long-password' });
    expect(await addDefaultModules(h.db, coordinator)).toBe(DEFAULT_MODULES.length);
    // A second call adds nothing: the defaults are keyed.
    expect(await addDefaultModules(h.db, coordinator)).toBe(0);
    for (const m of await h.db.select().from(trainingModules)) moduleId[m.key!] = m.id;
    fatima = (await h.db.insert(ambassadors).values({ displayName: 'Fatima El Amrani', referralCode: `F${name}`, status: 'active' }).returning())[0]!.id;
    ahmad = await newAmbassador();
    stopped = await newAmbassador('stopped');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has the fourteen default modules, some required, the social map among them but not required for the certificate', () => {
    expect(DEFAULT_MODULES).toHaveLength(14);
    expect(requiredKeys.length).toBeGreaterThan(5);
    expect(requiredKeys).not.toContain(SOCIAL_MAP_MODULE_KEY);
    expect(DEFAULT_MODULES.map((m) => m.key)).toContain(SOCIAL_MAP_MODULE_KEY);
  });

  it('counts a module as completed only when present at a session of it; progress follows', async () => {
    const s = await session('integration_law');
    await mark(s, { [fatima]: 'present', [ahmad]: 'absent' });
    const pf = await ambassadorProgress(h.db, fatima);
    const pa = await ambassadorProgress(h.db, ahmad);
    expect(pf.modules.find((m) => m.module.key === 'integration_law')?.completedOn).toBe(past);
    expect(pa.modules.find((m) => m.module.key === 'integration_law')?.completedOn).toBeNull();
    expect(pf.requiredDone).toBe(1);
    expect(pa.requiredDone).toBe(0);
    expect(pf.requiredTotal).toBe(requiredKeys.length);
    expect(pf.complete).toBe(false);
    const corps = await corpsProgress(h.db);
    expect(corps.rows.map((r) => r.id)).toContain(fatima);
    expect(corps.rows.map((r) => r.id)).not.toContain(stopped);
  });

  it("the coordinator opening an ambassador's training page is audited with the read; an unknown id is neither shown nor audited", async () => {
    const before = await h.db.select().from(auditLog).where(eq(auditLog.action, 'training.progress_viewed'));
    const opened = await openAmbassadorTraining(h.db, coordinator, fatima);
    expect(opened?.person.name).toBe('Fatima El Amrani');
    expect(opened?.progress.requiredDone).toBe(1);
    const after = await h.db.select().from(auditLog).where(eq(auditLog.action, 'training.progress_viewed'));
    expect(after.length).toBe(before.length + 1);
    const entry = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(entry).toMatchObject({ actorUserId: coordinator, entityType: 'ambassador', entityId: fatima });
    // Ids only: no name in the audit entry.
    expect(JSON.stringify(entry)).not.toContain('Fatima');
    expect(await openAmbassadorTraining(h.db, coordinator, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect((await h.db.select().from(auditLog).where(eq(auditLog.action, 'training.progress_viewed'))).length).toBe(after.length);
  });

  it('keeps attendance to its session: the list shows each mark on its own session only, and refuses a session that has not started', async () => {
    const a = await session('communication');
    const b = await session('communication', addDays(past, 1));
    await mark(a, { [ahmad]: 'present' });
    const sa = await getSession(h.db, a);
    const sb = await getSession(h.db, b);
    expect(sa!.attendees.find((x) => x.ambassadorId === ahmad)?.attended).toBe(true);
    expect(sb!.attendees.find((x) => x.ambassadorId === ahmad)?.attended).toBeNull();
    expect(sb!.attendees.find((x) => x.ambassadorId === ahmad)?.completedElsewhere).toBe(true);
    // A stopped ambassador is not on the list and cannot be put on it.
    expect(sa!.attendees.map((x) => x.ambassadorId)).not.toContain(stopped);
    await expect(mark(a, { [stopped]: 'present' })).rejects.toThrow(new ActionError('training.errors.notOnList'));
    // Clearing a mark takes the completion away again.
    await mark(a, { [ahmad]: 'none' });
    expect((await ambassadorProgress(h.db, ahmad)).modules.find((m) => m.module.key === 'communication')?.completedOn).toBeNull();
    const future = await session('communication', addDays(today, 5));
    await expect(mark(future, { [ahmad]: 'present' })).rejects.toThrow(new ActionError('training.errors.notYet'));
  });

  it('the attendance form: one mark per ambassador field, anything else refused', () => {
    const id = '11111111-1111-4111-8111-111111111111';
    const ok = attendanceSchema.safeParse({ sessionId: id, [`a-${id}`]: 'present' });
    expect(ok.success && ok.data.marks.get(id)).toBe('present');
    expect(attendanceSchema.safeParse({ sessionId: id, [`a-${id}`]: 'maybe' }).success).toBe(false);
    expect(attendanceSchema.safeParse({ sessionId: id, other: 'present' }).success).toBe(false);
  });

  it('issues the certificate only when every required module is done, with an unguessable code', async () => {
    const keys = requiredKeys.filter((k) => k !== 'integration_law');
    for (const key of keys.slice(0, -1)) await mark(await session(key), { [fatima]: 'present' });
    expect(await hasCompletedRequiredTraining(h.db, fatima)).toBe(false);
    expect((await ambassadorProgress(h.db, fatima)).certificate).toBeNull();
    await expect(issueCertificate(h.db, coordinator, fatima)).rejects.toThrow(new ActionError('training.errors.notComplete'));
    // An optional module does not count.
    await mark(await session('computer_skills'), { [fatima]: 'present' });
    expect(await hasCompletedRequiredTraining(h.db, fatima)).toBe(false);

    const { issued } = await mark(await session(keys.at(-1)!), { [fatima]: 'present' });
    expect(issued).toBe(1);
    expect(await hasCompletedRequiredTraining(h.db, fatima)).toBe(true);
    const cert = (await ambassadorProgress(h.db, fatima)).certificate!;
    expect(cert.holderName).toBe('Fatima El Amrani');
    expect(cert.issuedOn).toBe(today);
    expect(cert.code).toHaveLength(CODE_LENGTH);
    expect([...cert.code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    await expect(issueCertificate(h.db, coordinator, fatima)).rejects.toThrow(new ActionError('training.errors.alreadyIssued'));
    // The certificate lists what she completed, optional modules too.
    const opened = await openCertificate(h.db, { userId: coordinator }, null, { kind: 'ambassador', ambassadorId: fatima });
    expect(opened!.modules.map((m) => m.key)).toEqual(expect.arrayContaining([...requiredKeys, 'computer_skills']));
    expect(opened!.modules.map((m) => m.key)).not.toContain(SOCIAL_MAP_MODULE_KEY);
    // Another ambassador cannot open it.
    expect(await openCertificate(h.db, { userId: coordinator }, cert.id, { kind: 'ambassador', ambassadorId: ahmad })).toBeNull();
    const [downloaded] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, cert.id));
    expect(downloaded).toBeDefined();
  });

  it('codes are random, not sequential, and read in any form', () => {
    const codes = Array.from({ length: 2000 }, () => newVerificationCode());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => normalizeCode(formatCode(c)) === c)).toBe(true);
    // Consecutive codes share no long common prefix (not a counter).
    expect(codes.slice(1).filter((c, i) => c.slice(0, 6) === codes[i]!.slice(0, 6))).toEqual([]);
    expect(normalizeCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normalizeCode('ABCD EFGH JKM0')).toBeNull();
    expect(normalizeCode('ABCD')).toBeNull();
  });

  it('the public check returns the name and validity only; a revoked certificate reads as not valid; unknown codes are not found', async () => {
    const ip = `ip-${name}`;
    await reset(h.db, `certificate:ip:${ip}`);
    const cert = (await ambassadorProgress(h.db, fatima)).certificate!;
    const found = await checkCertificate(h.db, ip, formatCode(cert.code).toLowerCase());
    expect(found).toEqual({ status: 'found', name: 'Fatima El Amrani', valid: true });
    expect(await checkCertificate(h.db, ip, 'ZZZZ-ZZZZ-ZZZZ')).toEqual({ status: 'notFound' });
    expect(await checkCertificate(h.db, ip, "' OR 1=1 --")).toEqual({ status: 'notFound' });

    await revokeCertificate(h.db, coordinator, cert.id);
    expect(await checkCertificate(h.db, ip, cert.code)).toEqual({ status: 'found', name: 'Fatima El Amrani', valid: false });
    await expect(revokeCertificate(h.db, coordinator, cert.id)).rejects.toThrow(new ActionError('training.errors.notFound'));
    // Revoked: no download, no new automatic certificate; the coordinator can issue a new one.
    expect(await openCertificate(h.db, { userId: coordinator }, null, { kind: 'ambassador', ambassadorId: fatima })).toBeNull();
    await mark(await session('networking'), { [fatima]: 'present' });
    expect((await h.db.select().from(trainingCertificates).where(eq(trainingCertificates.ambassadorId, fatima))).length).toBe(1);
    await issueCertificate(h.db, coordinator, fatima);
    const again = (await ambassadorProgress(h.db, fatima)).certificate!;
    expect(again.revokedAt).toBeNull();
    expect(again.code).not.toBe(cert.code);
  });

  it('limits public checks per address', async () => {
    const ip = `flood-${name}`;
    await reset(h.db, `certificate:ip:${ip}`);
    for (let i = 0; i < VERIFY_WINDOW.limit; i++) expect((await checkCertificate(h.db, ip, `AAAA-AAAA-AAA${i % 10}`)).status).not.toBe('limited');
    expect((await checkCertificate(h.db, ip, 'AAAA-AAAA-AAAA')).status).toBe('limited');
    // Another address is not affected.
    expect((await checkCertificate(h.db, `other-${name}`, 'AAAA-AAAA-AAAA')).status).toBe('notFound');
  });

  it('offers the SQL condition for the shift eligibility, and a new required module makes training incomplete again', async () => {
    const complete = await h.db
      .select({ id: ambassadors.id })
      .from(ambassadors)
      .where(requiredTrainingCompleteSql(ambassadors.id));
    expect(complete.map((r) => r.id)).toEqual([fatima]);
    const extra = await saveModule(h.db, coordinator, { moduleId: null, nameNl: 'Privacy', nameEn: 'Privacy', descriptionNl: null, descriptionEn: null, required: true, active: true });
    expect(await hasCompletedRequiredTraining(h.db, fatima)).toBe(false);
    // Inactive modules do not count.
    await saveModule(h.db, coordinator, { moduleId: extra, nameNl: 'Privacy', nameEn: 'Privacy', descriptionNl: null, descriptionEn: null, required: true, active: false });
    expect(await hasCompletedRequiredTraining(h.db, fatima)).toBe(true);
  });

  it('refuses a referral by an ambassador without the social-map module, and allows it after; shows where to take it', async () => {
    await h.db.transaction((tx) => seedSocialMap(tx));
    const [svc] = await h.db.select({ id: service.id }).from(service).where(eq(service.name, 'Schuldhulpmaatje: hulp bij schulden'));
    const userId = await createUser(h.db, { email: `amb-${name}@t.nl`, name: 'Amb', role: 'ambassador', password: 'a-long-password', ambassadorId: ahmad });
    const input = { serviceId: svc!.id, who: 'person' as const, leadId: null, firstName: 'Noor', phone: '+31612345678', consent: 'on' as const, themeId: null, wijkId: null, contactPreference: 'phone' as const };
    const refer = () => createReferral(h.db, { id: userId, role: 'ambassador', ambassadorId: ahmad }, input);
    expect(await hasCompletedSocialMap(h.db, ahmad)).toBe(false);
    await expect(refer()).rejects.toThrow(new ActionError('training.errors.socialMapRequired'));
    const upcoming = await session(SOCIAL_MAP_MODULE_KEY, addDays(today, 3));
    expect((await nextSessionFor(h.db, ahmad, new Date()))?.id).toBe(upcoming);

    await mark(await session(SOCIAL_MAP_MODULE_KEY), { [ahmad]: 'present' });
    expect(await hasCompletedSocialMap(h.db, ahmad)).toBe(true);
    expect((await refer()).id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
