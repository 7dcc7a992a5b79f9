import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { updateObstacleAction } from '@/lib/coaching/meetings/actions';
import type { ObstacleRow } from '@/lib/coaching/meetings/queries';
import { OBSTACLE_STATUSES, type ObstacleStatus } from '@/lib/coaching/meetings/schema';
import { meetingFormat } from './format';

const TONE: Record<ObstacleStatus, 'warning' | 'info' | 'success'> = { open: 'warning', passed_on: 'info', resolved: 'success' };

/**
 * Obstacles as a table with, per obstacle, the form to change its status (and write the
 * resolution). `withMeeting`: a column linking to the meeting it was raised at (the open list).
 */
export async function ObstacleTable({ base, rows, withMeeting, testId }: { base: string; rows: ObstacleRow[]; withMeeting: boolean; testId: string }) {
  const t = await getTranslations('meetings.obstacles');
  const tm = await getTranslations('meetings');
  const f = await meetingFormat();
  const statusOptions = OBSTACLE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }));
  return (
    <DataTable
      caption={t('caption')}
      captionHidden
      data-testid={testId}
      className="mt-2"
      columns={[
        { header: t('colText') },
        ...(withMeeting ? [{ header: t('colMeeting') }] : []),
        { header: t('colStatus') },
        { header: t('colResolution') },
      ]}
    >
      {rows.map((o) => (
        <Tr key={o.id} data-testid={`obstacle-${o.id}`}>
          <RowHeader className="[overflow-wrap:anywhere]">{o.text}</RowHeader>
          {withMeeting ? (
            <Td>
              <a href={`${base}/meetings/${o.meetingId}`} className="text-brand-700 underline">
                {f.kind(o.meetingKind)}, {f.day(o.meetingDate)}
              </a>
            </Td>
          ) : null}
          <Td>
            <DataBadge tone={TONE[o.status]}>{t(`statuses.${o.status}`)}</DataBadge>
          </Td>
          <Td className="min-w-64">
            <ActionForm
              idPrefix={`obstacle-${o.id}`}
              action={updateObstacleAction}
              messages={{ obstacleUpdated: tm('obstacleUpdated') }}
              submitVariant="secondary"
              submitSize="small"
              fields={[
                { kind: 'hidden', name: 'base', value: base },
                { kind: 'hidden', name: 'obstacleId', value: o.id },
                { kind: 'select', name: 'status', label: t('statusOf', { text: o.text.slice(0, 60) }), options: statusOptions, defaultValue: o.status, required: true },
                { kind: 'textarea', name: 'resolution', label: t('resolution'), defaultValue: o.resolution ?? '', maxLength: 1000 },
              ]}
              submitLabel={t('update')}
            />
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
}
