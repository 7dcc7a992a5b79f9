import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { ConfirmStep } from '@/app/_components/ui/confirm';
import { attendanceAction, swapAction, unassignAction } from '@/lib/shifts/actions';
import type { EventShift, ShiftAssignee } from '@/lib/shifts/queries';
import { eventPageText } from './shared';

/** One ambassador on a shift: attendance (once the shift has begun), remove, and swap with someone on another shift. */
export async function Assignee({
  shift,
  a,
  started,
  swapOptions,
}: {
  shift: EventShift;
  a: ShiftAssignee;
  started: boolean;
  swapOptions: { value: string; label: string }[];
}) {
  const { td, shiftName } = await eventPageText();
  return (
    <li className="py-2" data-testid={`assignee-${a.ambassadorId}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p>
          <span className="font-semibold">{a.name}</span>
          {started ? (
            <span className="ms-2 text-slate-800" data-testid="attendance">
              · {a.attended === null ? td('attendance.unknown') : a.attended ? td('attendance.yes') : td('attendance.no')}
              {a.attended !== null && a.selfAttested ? (
                <>
                  {' '}
                  <span className="rounded bg-amber-100 px-1.5 text-amber-900">({td('selfReported')})</span>
                </>
              ) : null}
            </span>
          ) : null}
        </p>
        <div className="flex flex-wrap items-start gap-2">
          {started ? (
            <PlainActionForm action={attendanceAction} className="flex flex-wrap gap-2">
              <input type="hidden" name="shiftId" value={shift.id} />
              <input type="hidden" name="ambassadorId" value={a.ambassadorId} />
              {/* A self-reported mark can be confirmed (or overruled) by the coordinator. */}
              {a.attended !== true || a.selfAttested ? (
                <Button name="attended" value="true" variant="secondary" size="small" aria-label={`${td('markAttended')}: ${a.name}`}>
                  {td('markAttended')}
                </Button>
              ) : null}
              {a.attended !== false || a.selfAttested ? (
                <Button name="attended" value="false" variant="secondary" size="small" aria-label={`${td('markAbsent')}: ${a.name}`}>
                  {td('markAbsent')}
                </Button>
              ) : null}
            </PlainActionForm>
          ) : null}
          {/* No one-click damage: the first click opens what will happen, the second removes. */}
          <ConfirmStep
            label={td('remove')}
            name={`${td('remove')}: ${a.name}`}
            consequence={td('removeConfirm', { name: a.name, shift: shiftName(shift) })}
            cancelHint={td('removeCancel')}
            testId={`remove-${a.ambassadorId}`}
          >
            <PlainActionForm action={unassignAction}>
              <input type="hidden" name="shiftId" value={shift.id} />
              <input type="hidden" name="ambassadorId" value={a.ambassadorId} />
              <Button variant="danger" size="small">
                {td('removeConfirmSubmit', { name: a.name })}
              </Button>
            </PlainActionForm>
          </ConfirmStep>
        </div>
      </div>
      {swapOptions.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-brand-700 underline">{td('swapFor', { name: a.name })}</summary>
          <ActionForm
            idPrefix={`swap-${shift.id}-${a.ambassadorId}`}
            action={swapAction}
            className="mt-2 max-w-md"
            fields={[
              { kind: 'hidden', name: 'shiftId', value: shift.id },
              { kind: 'hidden', name: 'ambassadorId', value: a.ambassadorId },
              { kind: 'select', name: 'with', label: td('swapFor', { name: a.name }), placeholder: td('swapChoose'), options: swapOptions, required: true },
            ]}
            submitLabel={td('swap')}
           
          />
        </details>
      ) : null}
    </li>
  );
}
