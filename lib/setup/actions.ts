'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { requiredText } from '@/lib/actions/validation';
import { hit } from '@/lib/ratelimit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { newPasswordSchema } from '@/lib/users/password-schema';
import { completeFirstRun } from './mutations';

const schema = newPasswordSchema({
  municipalityName: requiredText(120),
  adminName: requiredText(120),
  adminEmail: z.string().trim().min(1, 'required').max(254, 'tooLong').email('emailInvalid'),
  wijken: z.string().max(5000, 'tooLong').optional(),
  rate: z
    .string()
    .trim()
    .regex(/^\d{1,3}([.,]\d{1,2})?$/, 'setup.errors.rateFormat')
    .transform((v) => Math.round(Number(v.replace(',', '.')) * 100)),
  periodName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  groupTarget: z.string(),
});

/**
 * The first-run form of a fresh installation (no account yet). Open to anyone, so: counted per
 * client address, and refused for good once an account exists (checked under a lock).
 */
export const firstRunAction = publicAction(schema, async (input) => {
  const db = getDb();
  const limit = await hit(db, `setup:ip:${hashIp(clientIp(await headers()))}`, { limit: 20, windowSeconds: 3600 });
  if (!limit.allowed) throw new ActionError('rateLimited');
  await completeFirstRun(db, {
    municipalityName: input.municipalityName,
    adminName: input.adminName,
    adminEmail: input.adminEmail,
    password: input.password,
    wijken: (input.wijken ?? '').split(/\r?\n/).map((w) => w.trim()).filter(Boolean).slice(0, 200),
    rateCents: input.rate,
    period: { name: input.periodName, startsOn: input.startsOn, endsOn: input.endsOn, groupTarget: input.groupTarget },
  });
  redirect('/login?activated=1');
});
