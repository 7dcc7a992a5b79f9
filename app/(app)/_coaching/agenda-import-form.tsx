'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { Alert, InlineNotice } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { FormField } from '@/app/_components/ui/form-field';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { useForm } from '@/app/_components/ui/use-form';
import { importAgendaAction, previewAgendaAction } from '@/lib/coaching/agenda/actions';
import type { AgendaRow, AgendaRowError } from '@/lib/coaching/agenda/parse';
import type { AgendaRowStatus } from '@/lib/coaching/agenda/queries';

interface Preview {
  format: 'ics' | 'csv';
  rows: (AgendaRow & { status: AgendaRowStatus })[];
  errors: { row: number; error: AgendaRowError }[];
}

/**
 * Importing the city's agenda: choose a file → the preview (what each event would do, the rows
 * with an error) → import the good rows. The preview's rows travel back in a hidden field, so
 * nothing is stored in between; works without JavaScript (each step renders on the server).
 */
export function AgendaImportForm({ base }: { base: string }) {
  const t = useTranslations('cityAgenda');
  const format = useFormatter();
  const upload = useForm(previewAgendaAction, { labels: { file: t('file') }, idPrefix: 'agenda', messages: { previewReady: t('previewReady') } });
  const confirm = useForm(importAgendaAction, { labels: {}, idPrefix: 'agenda-import' });
  const preview: Preview | null = typeof upload.state.data?.preview === 'string' ? (JSON.parse(upload.state.data.preview) as Preview) : null;
  // Which form answered last: after an import, choosing another file shows its preview again.
  const [seen, setSeen] = useState({ upload: upload.state, confirm: confirm.state, last: null as 'upload' | 'confirm' | null });
  if (seen.upload !== upload.state || seen.confirm !== confirm.state) {
    setSeen({ upload: upload.state, confirm: confirm.state, last: seen.confirm !== confirm.state ? 'confirm' : 'upload' });
  }
  const imported = confirm.state.status === 'success' && seen.last !== 'upload' ? confirm.state.data : null;
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const count = (s: AgendaRowStatus) => preview?.rows.filter((r) => r.status === s).length ?? 0;
  const fileField = upload.field('file');

  return (
    <>
      <form action={upload.formAction} noValidate className="mt-4 max-w-xl" data-testid="agenda-upload">
        {upload.errorSummary}
        <input type="hidden" name="base" value={base} />
        <FormField id={fileField.idOverride} label={t('file')} error={fileField.error} required>
          <input
            id={fileField.idOverride}
            name="file"
            type="file"
            accept=".ics,.csv,text/calendar,text/csv"
            required
            aria-invalid={fileField.error ? true : undefined}
            aria-describedby={fileField.error ? `${fileField.idOverride}-error` : undefined}
            className="mt-2 block w-full max-w-full rounded-md border border-slate-500 bg-white p-2 text-base"
          />
        </FormField>
        <Button type="submit" disabled={upload.pending}>
          {t('preview')}
        </Button>
      </form>

      {imported ? (
        <Alert type="info" role="status" className="mt-6" data-testid="agenda-imported">
          <p className="font-semibold">{t('imported', { created: Number(imported.created), updated: Number(imported.updated), unchanged: Number(imported.unchanged) })}</p>
          {base === '/staff/coaching' ? (
            <p className="mt-1">
              <a href="/staff/events" className="text-brand-700 underline">
                {t('eventsLink')}
              </a>
            </p>
          ) : null}
        </Alert>
      ) : preview ? (
        <section aria-labelledby="agenda-preview-title" className="mt-6" data-testid="agenda-preview">
          <h2 id="agenda-preview-title" className="text-xl font-bold">
            {t('previewTitle')}
          </h2>
          <p className="mt-1" data-testid="agenda-summary">
            {t('previewSummary', { rows: preview.rows.length, new: count('new'), update: count('update'), unchanged: count('unchanged'), errors: preview.errors.length })}
          </p>
          <DataTable
            caption={t('caption')}
            captionHidden
            className="mt-2"
            rowCount={preview.rows.length}
            empty={t('nothingToImport')}
            columns={[{ header: t('colRow'), numeric: true }, { header: t('colTitle') }, { header: t('colDates') }, { header: t('colPlace') }, { header: t('colStatus') }]}
          >
            {preview.rows.map((r) => (
              <Tr key={r.sourceId}>
                <Td numeric>{r.row}</Td>
                <RowHeader className="[overflow-wrap:anywhere]">{r.title}</RowHeader>
                <Td className="whitespace-nowrap">{r.startsOn === r.endsOn ? day(r.startsOn) : `${day(r.startsOn)} – ${day(r.endsOn)}`}</Td>
                <Td>{r.place}</Td>
                <Td>{t(`status.${r.status}`)}</Td>
              </Tr>
            ))}
          </DataTable>
          {preview.errors.length ? (
            <>
              <h3 className="mt-6 text-lg font-bold">{t('errorsTitle')}</h3>
              <DataTable caption={t('errorsCaption')} captionHidden className="mt-2" data-testid="agenda-row-errors" columns={[{ header: t('colRow'), numeric: true }, { header: t('colError') }]}>
                {preview.errors.map((e) => (
                  <Tr key={`${e.row}-${e.error}`}>
                    <RowHeader>{e.row}</RowHeader>
                    <Td>{t(`rowErrors.${e.error}`)}</Td>
                  </Tr>
                ))}
              </DataTable>
            </>
          ) : null}
          {preview.rows.length ? (
            <form action={confirm.formAction} noValidate className="mt-4">
              {confirm.errorSummary}
              <input type="hidden" name="base" value={base} />
              <input type="hidden" name="rows" value={JSON.stringify(preview.rows.map(({ status: _status, ...r }) => r))} />
              <Button type="submit" disabled={confirm.pending}>
                {t('confirm', { count: preview.rows.length })}
              </Button>
            </form>
          ) : null}
        </section>
      ) : upload.success ? (
        <InlineNotice type="ok">{upload.success}</InlineNotice>
      ) : null}
    </>
  );
}
