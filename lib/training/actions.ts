'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { addDefaultModules, createSession, issueCertificate, recordAttendance, revokeCertificate, saveModule } from './mutations';
import { attendanceSchema, emptySchema, issueSchema, moduleSchema, revokeSchema, sessionSchema } from './schema';

/**
 * Thin server actions of the coordinator's training pages: authorize, validate, call one mutation,
 * then show the page again with a short confirmation (`?done=<key>`), which works without JavaScript.
 */

function refresh() {
  revalidatePath('/staff/training');
  revalidatePath('/ambassador/training');
}

export const saveModuleAction = authorizedAction('training.manage', moduleSchema, async (input, { user }) => {
  await saveModule(getDb(), user.id, input);
  refresh();
  redirect(`/staff/training/modules?done=${input.moduleId ? 'moduleSaved' : 'moduleAdded'}`);
});

export const addDefaultModulesAction = authorizedAction('training.manage', emptySchema, async (_input, { user }) => {
  await addDefaultModules(getDb(), user.id);
  refresh();
  redirect('/staff/training/modules?done=defaultsAdded');
});

export const createSessionAction = authorizedAction('training.manage', sessionSchema, async (input, { user }) => {
  const id = await createSession(getDb(), user.id, input);
  refresh();
  redirect(`/staff/training/sessions/${id}?done=sessionCreated`);
});

export const attendanceAction = authorizedAction(
  'training.manage',
  attendanceSchema,
  async (input, { user }) => {
    const { issued } = await recordAttendance(getDb(), user.id, input);
    refresh();
    redirect(`/staff/training/sessions/${input.sessionId}?done=${issued ? 'attendanceSavedIssued' : 'attendanceSaved'}`);
  },
  { formFields: ['sessionId'] },
);

export const issueCertificateAction = authorizedAction(
  'training.manage',
  issueSchema,
  async (input, { user }) => {
    await issueCertificate(getDb(), user.id, input.ambassadorId);
    refresh();
    redirect(`/staff/training/ambassadors/${input.ambassadorId}?done=issued`);
  },
  { formFields: ['ambassadorId'] },
);

export const revokeCertificateAction = authorizedAction(
  'training.manage',
  revokeSchema,
  async (input, { user }) => {
    const ambassadorId = await revokeCertificate(getDb(), user.id, input.certificateId);
    refresh();
    redirect(`/staff/training/ambassadors/${ambassadorId}?done=revoked`);
  },
  { formFields: ['certificateId'] },
);
