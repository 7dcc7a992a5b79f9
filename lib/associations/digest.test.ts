import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads, notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { render } from '@/lib/notifications/templates';
import { enqueueAssociationSummaries } from './digest';
import { saveAssociation } from './mutations';
import { associationSchema } from './schema';

describe.each(testDrivers)('the associations’ weekly summary on $name', ({ open }) => {
  let h: DbHandle;
  let afghan: string;
  let member: string;
  const NOW = new Date('2026-12-02T08:00:00Z'); // a Wednesday
  let n = 0;

  async function lead(associationId: string, over: Partial<typeof leads.$inferInsert> = {}) {
    n += 1;
    await h.db.insert(leads).values({
      name: `Zahra Testpersoon ${n}`,
      phone: `+3161977${String(n).padStart(4, '0')}`,
      preferredLanguage: 'prs',
      source: 'association',
      associationId,
      consentAt: NOW,
      consentVersion: 't',
      ...over,
    });
  }

  beforeAll(async () => {
    h = await open();
    afghan = await saveAssociation(h.db, null, associationSchema.parse({ name: 'Afghaanse Vereniging', community: 'Afghaans', active: 'on' }));
    const quiet = await saveAssociation(h.db, null, associationSchema.parse({ name: 'Stille Stichting', community: 'Turks', active: 'on' }));
    const [u] = await h.db
      .insert(users)
      .values([
        { email: 'lid@summary.test', name: 'Wahid Popal', passwordHash: 'x', role: 'association', associationId: afghan },
        { email: 'oud@summary.test', name: 'Oud Lid', passwordHash: 'x', role: 'association', associationId: afghan, active: false },
        { email: 'stil@summary.test', name: 'Stil Lid', passwordHash: 'x', role: 'association', associationId: quiet },
      ])
      .returning({ id: users.id });
    member = u!.id;
    await lead(afghan, { createdAt: new Date('2026-11-30T09:00:00Z') }); // this week
    await lead(afghan, { createdAt: new Date('2026-10-01T09:00:00Z'), status: 'plan_signed', planSignedOn: '2026-10-20' });
    await lead(afghan, { createdAt: new Date('2026-09-01T09:00:00Z'), status: 'contacted' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('goes once a week to the active users of an association with contacts, with counts only', async () => {
    expect(await enqueueAssociationSummaries(h.db, NOW)).toBe(1);
    // Again the same week (Sunday evening, Amsterdam): nothing new.
    expect(await enqueueAssociationSummaries(h.db, new Date('2026-12-06T20:00:00Z'))).toBe(0);
    const rows = await h.db.select().from(notifications).where(eq(notifications.template, 'associationSummary'));
    expect(rows.map((r) => r.recipient_user_id)).toEqual([member]);
    const message = render('associationSummary', 'nl', rows[0]!.params, { name: 'Wahid', user: true });
    expect(message.text).toContain('Deze week gaf u 1 contact door.');
    expect(message.text).toContain('- 3 doorgegeven');
    expect(message.text).toContain('- 2 bezig');
    expect(message.text).toContain('- 1 met een getekend plan');
    expect(message.text).toContain('/association');
    expect(JSON.stringify(rows) + message.subject + message.text).not.toMatch(/Zahra|\+31619/);
    // The next week: again.
    expect(await enqueueAssociationSummaries(h.db, new Date('2026-12-07T08:00:00Z'))).toBe(1);
  });
});
