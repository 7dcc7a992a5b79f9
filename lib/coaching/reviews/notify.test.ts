import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { addAmbassador, amsterdam } from '@/lib/field/test-helpers';
import { render } from '@/lib/notifications/templates';
import { enqueueReviewDigests } from './notify';

describe.each(testDrivers)('the weekly review digest on $name', ({ open }) => {
  let h: DbHandle;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await open();
    for (const [name, role] of [['Marco', 'coordinator'], ['Carla', 'coach'], ['Sanne', 'caseworker']] as const) {
      const [u] = await h.db.insert(users).values({ email: `${name}@reviews.test`, name, passwordHash: 'x', role }).returning({ id: users.id });
      ids[name] = u!.id;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('nothing due: no message', async () => {
    expect(await enqueueReviewDigests(h.db, amsterdam('2026-11-30T07:00'))).toBe(0);
  });

  it('tells coordinators and coaches the overdue and due reviews once a week, counts only', async () => {
    // Active since 1 November: review was due on the 15th (overdue on 30 November); since 15 November: due 29th, overdue too; since 20 November: due 4 December (due now).
    await addAmbassador(h, 'Fatima Amrani', { startedOn: amsterdam('2026-11-01T09:00') });
    await addAmbassador(h, 'Ahmad Rahimi', { startedOn: amsterdam('2026-11-15T09:00') });
    await addAmbassador(h, 'Ayse Yilmaz', { startedOn: amsterdam('2026-11-20T09:00') });
    expect(await enqueueReviewDigests(h.db, amsterdam('2026-12-01T07:00'))).toBe(2);
    // Same week: nothing new.
    expect(await enqueueReviewDigests(h.db, amsterdam('2026-12-06T20:00'))).toBe(0);
    const rows = await h.db.select().from(notifications).where(eq(notifications.template, 'reviewDigest'));
    expect(new Set(rows.map((r) => r.recipient_user_id))).toEqual(new Set([ids.Marco, ids.Carla]));
    const staff = rows.find((r) => r.recipient_user_id === ids.Marco)!;
    expect(staff.params).toMatchObject({ overdue: 2, due: 1 });
    const text = render('reviewDigest', 'nl', staff.params, { name: 'Marco', user: true }).text;
    expect(text).toContain('2 gesprekken zijn over tijd');
    expect(text).toContain('1 gesprek moet deze week');
    expect(text).toContain('/staff/ambassadors');
    expect(text).not.toMatch(/Fatima|Ahmad|Ayse/);
    expect(render('reviewDigest', 'en', rows.find((r) => r.recipient_user_id === ids.Carla)!.params, { user: true }).text).toContain('/coach');
  });
});
