'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { todayLocal } from '@/lib/dates';
import { addCost, removeCost } from './costs';
import { saveVersion } from './evaluation';
import { EVALUATION_SECTIONS, costSchema, removeCostSchema, reportVersionSchema } from './schema';

export const addCostAction = authorizedAction('reports.manage', costSchema, async (input, { user }) => {
  await addCost(getDb(), user.id, input);
  revalidatePath('/staff/reports/costs');
  return { status: 'success', message: 'reports.costAdded' };
});

export const removeCostAction = authorizedAction('reports.manage', removeCostSchema, async (input, { user }) => {
  await removeCost(getDb(), user.id, input.id);
  revalidatePath('/staff/reports/costs');
  return { status: 'success', message: 'reports.costRemoved' };
});

/** Saves the narratives as the period's draft, or publishes it (the figures are then frozen). */
export const saveReportVersionAction = authorizedAction('reports.manage', reportVersionSchema, async (input, { user }) => {
  const narratives = Object.fromEntries(EVALUATION_SECTIONS.map((s) => [s, input[`n_${s}`] ?? null]));
  const id = await saveVersion(getDb(), user.id, { period: { preset: 'custom', from: input.from, to: input.to }, narratives, publish: input.intent === 'publish' }, todayLocal());
  redirect(`/staff/reports/evaluation?period=custom&from=${input.from}&to=${input.to}&version=${id}`);
});
