import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notificationSettings, notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import type { Channel } from './channels';
import { enqueue } from './outbox';
import { MAX_ATTEMPTS, backoffMs, runOutbox } from './worker';

const MINUTE = 60_000;

/** A channel that records what it was asked to send, failing while `failing` is set. */
function recorder(delayMs = 0) {
  const sent: { to: string; subject: string; text: string }[] = [];
  const state = { failing: false };
  const channel: Channel = {
    name: 'email',
    async send(to, m) {
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (state.failing) throw Object.assign(new Error(`could not reach ${to}`), { code: 'ECONNREFUSED' });
      sent.push({ to, subject: m.subject, text: m.text });
    },
  };
  return { channel, sent, state };
}

describe.each(testDrivers)('the outbox on $name', ({ open }) => {
  let h: DbHandle;
  let userId: string;
  let n = 0;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'fatima@outbox.test', name: 'Fatima El Amrani', role: 'ambassador', passwordHash: 'x' }).returning({ id: users.id });
    userId = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const statusOf = async (id: string) => (await h.db.select().from(notifications).where(eq(notifications.id, id)))[0]!;
  const fresh = async (address = `org${++n}@outbox.test`) => {
    await h.db.delete(notifications);
    await enqueue(h.db, { address }, { template: 'signalReply', params: { path: '/association/signals' } });
    return (await h.db.select({ id: notifications.id }).from(notifications))[0]!.id;
  };

  it('writes the message with its cause, and nothing when the cause rolls back', async () => {
    await h.db.delete(notifications);
    await h.db.transaction(async (tx) => {
      await tx.update(users).set({ name: 'Fatima El Amrani' }).where(eq(users.id, userId));
      await enqueue(tx, { userId }, { template: 'coordinatorMessage', params: { message: 'Committed', from: 'Marco' } });
    });
    await h.db
      .transaction(async (tx) => {
        await enqueue(tx, { userId }, { template: 'coordinatorMessage', params: { message: 'Rolled back', from: 'Marco' } });
        throw new Error('the cause failed');
      })
      .catch(() => {});
    const rows = await h.db.select({ params: notifications.params }).from(notifications);
    expect(rows.map((r) => r.params.message)).toEqual(['Committed']);
  });

  it('leaves messages pending when no channel is configured', async () => {
    const id = await fresh();
    expect(await runOutbox(h, [])).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect((await statusOf(id)).status).toBe('pending');
  });

  it('sends in the recipient’s language, with the preferences link for users', async () => {
    await h.db.delete(notifications);
    await h.db.insert(notificationSettings).values({ user_id: userId, locale: 'en' }).onConflictDoUpdate({ target: notificationSettings.user_id, set: { locale: 'en' } });
    await enqueue(h.db, { userId }, { template: 'coordinatorMessage', params: { message: 'See you Saturday', from: 'Marco' } });
    const r = recorder();
    expect((await runOutbox(h, [r.channel])).sent).toBe(1);
    expect(r.sent[0]!.to).toBe('fatima@outbox.test');
    expect(r.sent[0]!.subject).toBe('A message from the project worker');
    expect(r.sent[0]!.text).toContain('Hello Fatima,');
    expect(r.sent[0]!.text).toContain('/account/notifications');
    const [row] = await h.db.select().from(notifications);
    expect(row!.status).toBe('sent');
    expect(row!.sent_at).not.toBeNull();
    // Sent once: another pass finds nothing.
    expect((await runOutbox(h, [r.channel])).sent).toBe(0);
    await h.db.delete(notificationSettings);
  });

  it('skips a kind the user turned off, but never an invite', async () => {
    await h.db.delete(notifications);
    await h.db.insert(notificationSettings).values({ user_id: userId, muted: ['messages'] });
    expect(await enqueue(h.db, { userId }, { template: 'coordinatorMessage', params: { message: 'x', from: 'y' } })).toBe(0);
    expect(await enqueue(h.db, { userId }, { template: 'invite', params: { path: '/invite/x', expires: '2026-12-07' } })).toBe(1);
    await h.db.delete(notificationSettings);
  });

  it('retries with a doubling wait, then gives up with the error code only', async () => {
    const id = await fresh('unreachable@outbox.test');
    const r = recorder();
    r.state.failing = true;
    let now = new Date(Date.now() + 1000); // the message was queued just now (the database's clock)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      // Not due yet: nothing happens a moment before the wait is over.
      if (attempt > 1) expect((await runOutbox(h, [r.channel], new Date(now.getTime() - 1000))).retried).toBe(0);
      const result = await runOutbox(h, [r.channel], now);
      const row = await statusOf(id);
      expect(row.attempts).toBe(attempt);
      expect(row.last_error).toBe('ECONNREFUSED');
      if (attempt < MAX_ATTEMPTS) {
        expect(result.retried).toBe(1);
        expect(row.status).toBe('pending');
        expect(row.next_attempt_at.getTime() - now.getTime()).toBe(backoffMs(attempt));
        now = row.next_attempt_at;
      } else {
        expect(result.failed).toBe(1);
        expect(row.status).toBe('failed');
      }
    }
    expect(backoffMs(1)).toBe(MINUTE);
    expect(backoffMs(3)).toBe(4 * MINUTE);
    // A failed message is not tried again.
    r.state.failing = false;
    expect((await runOutbox(h, [r.channel], new Date(now.getTime() + 3600 * MINUTE))).sent).toBe(0);
  });

  it('recovers a message a crashed worker left sending, after the lease', async () => {
    const id = await fresh();
    const now = new Date();
    await h.db.update(notifications).set({ status: 'sending', attempts: 1, next_attempt_at: new Date(now.getTime() + 5 * MINUTE) }).where(eq(notifications.id, id));
    const r = recorder();
    expect((await runOutbox(h, [r.channel], now)).sent).toBe(0);
    expect((await runOutbox(h, [r.channel], new Date(now.getTime() + 6 * MINUTE))).sent).toBe(1);
  });

  it('never sends a message twice with two workers at once', async () => {
    await h.db.delete(notifications);
    for (let i = 0; i < 30; i++) await enqueue(h.db, { address: `two${i}@outbox.test` }, { template: 'signalReply', params: { path: '/x' } });
    const r = recorder(5);
    // On Postgres each pass claims on its own pooled connection, concurrently (like two app
    // instances); on PGlite the passes queue behind each other in the process.
    const pass = () => runOutbox(h, [r.channel], new Date(), 7);
    const results = await Promise.all([pass(), pass(), pass(), pass(), pass(), pass()]);
    const addresses = r.sent.map((s) => s.to);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(results.reduce((a, b) => a + b.sent, 0)).toBe(30);
  });
});
