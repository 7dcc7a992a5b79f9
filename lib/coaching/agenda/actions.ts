'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { importAgenda } from './mutations';
import { checkEntries, parseAgendaFile } from './parse';
import { previewAgenda } from './queries';
import { agendaConfirmSchema, agendaUploadSchema } from './schema';

/**
 * Importing the city's event agenda in two steps: the upload is read and checked and comes back
 * as a preview (rows, what each would do, row errors) without storing anything; confirming sends
 * the checked rows back, which are checked again and imported.
 */
export const previewAgendaAction = authorizedAction(
  'coaching.manage',
  agendaUploadSchema,
  async ({ file }) => {
    const parsed = parseAgendaFile(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) throw new ActionError(`cityAgenda.errors.${parsed.error}`);
    const rows = await previewAgenda(getDb(), parsed.check.rows);
    return {
      status: 'success',
      message: 'previewReady',
      data: { preview: JSON.stringify({ format: parsed.check.format, rows, errors: parsed.check.errors }) },
    };
  },
  { formFields: ['base'] },
);

export const importAgendaAction = authorizedAction(
  'coaching.manage',
  agendaConfirmSchema,
  async ({ base, rows }, { user }) => {
    const checked = checkEntries(rows);
    if (checked.errors.length) throw new ActionError('cityAgenda.errors.previewInvalid');
    const result = await importAgenda(getDb(), user.id, checked.rows);
    revalidatePath(base, 'layout');
    revalidatePath('/staff/events');
    return { status: 'success', message: 'imported', data: result };
  },
  { formFields: ['base', 'rows'] },
);
