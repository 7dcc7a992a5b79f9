import { z } from 'zod';
import { COACHING_MOUNTS } from '../meetings/schema';
import { isIsoDate } from '@/lib/dates';
import { MAX_FILE_BYTES, MAX_ROWS } from '@/lib/imports/schema';
import { type AgendaRow, MAX_TEXT } from './parse';

/** The upload: the city's agenda as .ics or CSV (the association import's size cap). */
export const agendaUploadSchema = z.object({
  base: z.enum(COACHING_MOUNTS),
  file: z.file('cityAgenda.errors.fileRequired').min(1, 'cityAgenda.errors.fileRequired').max(MAX_FILE_BYTES, 'cityAgenda.errors.fileTooLarge'),
});

const text = (max: number) => z.string().max(max);
const day = z.string().refine(isIsoDate);
const row = z.object({ row: z.number().int(), sourceId: text(MAX_TEXT).min(1), title: text(MAX_TEXT).min(1), place: text(MAX_TEXT), startsOn: day, endsOn: day });

/**
 * Confirming the preview: the checked rows as the preview showed them (a hidden JSON field, so
 * nothing is stored between the two steps); checked again here and by ./parse.ts's checkEntries.
 */
export const agendaConfirmSchema = z.object({
  base: z.enum(COACHING_MOUNTS),
  rows: z.string().transform((s, ctx): AgendaRow[] => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch {
      parsed = null;
    }
    const out = z.array(row).min(1).max(MAX_ROWS).safeParse(parsed);
    if (!out.success) {
      ctx.addIssue({ code: 'custom', message: 'cityAgenda.errors.previewInvalid' });
      return z.NEVER;
    }
    return out.data;
  }),
});
