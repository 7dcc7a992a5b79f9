import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads, participantReferrals, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { addAmbassador } from '@/lib/field/test-helpers';
import { createStaffLead } from '@/lib/leads/journey/mutations';
import { staffCreateSchema } from '@/lib/leads/journey/schema';
import { submitSignup } from '@/lib/leads/signup/mutations';
import { signupSchema } from '@/lib/leads/signup/schema';
import { giveParticipantLink, revokeParticipantLink } from './mutations';
import { participantLink, viaParticipant } from './queries';
import { PARTICIPANT_CODE } from './schema';

describe.each(testDrivers)('participants as recruiters on $name', ({ open }) => {
  let h: DbHandle;
  let me: string;
  let participant: string;
  let n = 0;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@participant.test', name: 'Marco', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    me = u!.id;
    participant = await createStaffLead(h.db, me, staffCreateSchema.parse({ name: 'Deelnemer Dina', phone: '0611111111', language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', source: 'desk', consent: 'on' }));
  });
  afterAll(async () => {
    await h?.close();
  });

  const signup = (ref: string) =>
    submitSignup(h.db, signupSchema.parse({ name: `Buur ${++n}`, phone: `06222222${String(n).padStart(2, '0')}`, language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref }));

  it('gives a link only once the course has started', async () => {
    await expect(giveParticipantLink(h.db, me, participant)).rejects.toMatchObject({ message: 'lead.errors.participantNotStarted' });
    await h.db.update(leads).set({ status: 'started' }).where(eq(leads.id, participant));
    const code = await giveParticipantLink(h.db, me, participant);
    expect(code).toMatch(PARTICIPANT_CODE);
    expect(await giveParticipantLink(h.db, me, participant)).toBe(code);
  });

  it('credits a sign-up through the link to the participant, keeping the source "public" and counting for the participant channel', async () => {
    const { code } = (await participantLink(h.db, participant))!;
    const out = await signup(code.toLowerCase());
    expect(out.kind).toBe('created');
    const leadId = (out as { leadId: string }).leadId;
    const [lead] = await h.db.select({ source: leads.source, channel: leads.channel, referralCode: leads.referralCode, recruitedBy: leads.recruitedByAmbassadorId }).from(leads).where(eq(leads.id, leadId));
    expect(lead).toEqual({ source: 'public', channel: 'participant', referralCode: code, recruitedBy: null });
    expect(await viaParticipant(h.db, leadId)).toEqual({ participantLeadId: participant, participantName: 'Deelnemer Dina' });
    expect((await participantLink(h.db, participant))!.signups).toBe(1);
  });

  it("leaves an ambassador's code to the ambassador and credits nothing after the link is stopped", async () => {
    const amb = await addAmbassador(h, 'Amina Ref', { referralCode: 'AMB77' });
    const viaAmb = await signup('AMB77');
    const [l] = await h.db.select({ recruitedBy: leads.recruitedByAmbassadorId, channel: leads.channel }).from(leads).where(eq(leads.id, (viaAmb as { leadId: string }).leadId));
    expect(l).toEqual({ recruitedBy: amb.ambassadorId, channel: 'ambassador' });
    const { code } = (await participantLink(h.db, participant))!;
    await revokeParticipantLink(h.db, me, participant);
    expect(await participantLink(h.db, participant)).toBeNull();
    const after = await signup(code);
    expect(await viaParticipant(h.db, (after as { leadId: string }).leadId)).toBeNull();
    const [plain] = await h.db.select({ channel: leads.channel }).from(leads).where(eq(leads.id, (after as { leadId: string }).leadId));
    expect(plain!.channel).toBe('public');
    expect(await h.db.$count(participantReferrals)).toBe(1);
  });
});
