'use client';

import { Button } from '@/app/_components/ui/button';
import { InlineNotice } from '@/app/_components/ui/alert';
import { DataTable } from '@/app/_components/ui/table';
import { useForm } from '@/app/_components/ui/use-form';
import type { FormState } from '@/lib/actions/form-state';

export interface AttendanceRow {
  ambassadorId: string;
  name: string;
  mark: 'present' | 'absent' | 'none';
  note: string | null;
}

export interface AttendanceText {
  caption: string;
  colName: string;
  colPresent: string;
  colAbsent: string;
  colNone: string;
  /** per row: [present, absent, none] labels naming the ambassador */
  labels: Record<string, [string, string, string]>;
  save: string;
  /** success message key → text */
  messages?: Record<string, string>;
}

const MARKS = ['present', 'absent', 'none'] as const;

/**
 * The attendance list of a training session or a meeting: one radio group per ambassador (a table
 * row), named `a-<ambassador id>`, and the hidden fields naming what was attended (`sessionId`,
 * `meetingId`, the page's `base`). Works without JavaScript; after an error the choices come back
 * as sent.
 */
export function AttendanceForm({
  action,
  hidden,
  rows,
  text,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  rows: AttendanceRow[];
  text: AttendanceText;
}) {
  const { formAction, pending, errorSummary, values, success } = useForm(action, { labels: {}, idPrefix: 'attendance', messages: text.messages });
  return (
    <form action={formAction} noValidate>
      {errorSummary}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <DataTable
        caption={text.caption}
        captionHidden
        data-testid="attendance"
        columns={[{ header: text.colName }, { header: text.colPresent }, { header: text.colAbsent }, { header: text.colNone }]}
      >
        {rows.map((r) => {
          const field = `a-${r.ambassadorId}`;
          const chosen = (values[field] as string | undefined) ?? r.mark;
          return (
            <tr key={`${r.ambassadorId}:${chosen}`} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-normal">
                <span className="font-semibold">{r.name}</span>
                {r.note ? <span className="block text-sm text-slate-700">{r.note}</span> : null}
              </th>
              {MARKS.map((m, i) => (
                <td key={m} className="p-2">
                  <input
                    type="radio"
                    name={field}
                    value={m}
                    defaultChecked={chosen === m}
                    aria-label={text.labels[r.ambassadorId]![i]}
                    className="h-5 w-5"
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </DataTable>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {text.save}
        </Button>
        {success ? <InlineNotice type="ok">{success}</InlineNotice> : null}
      </div>
    </form>
  );
}
