import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { deleteShiftAction } from '@/lib/shifts/actions';
import type { EventRow, EventShift, NotOfferedForShift } from '@/lib/shifts/queries';
import type { Suggestion } from '@/lib/shifts/suggestions';
import { canMarkAttendance } from '@/lib/dagdelen';
import { dayFormatter } from '../../_components/shared';
import { Assignee } from './assignee';
import { eventPageText } from './shared';
import { Suggestions } from './suggestions';
import { UnavailableHere } from './unavailable';

/** One shift of the event: who is on it, suggestions while places are free, delete while empty. */
export async function ShiftCard({
  event,
  shift: s,
  all,
  ranked,
  unavailable,
  now,
}: {
  event: EventRow;
  shift: EventShift;
  /** every shift of the event (the swap choices) */
  all: EventShift[];
  ranked: Suggestion[];
  /** eligible ambassadors left out by their absence or weekly availability (lib/availability) */
  unavailable: NotOfferedForShift[];
  now: Date;
}) {
  const { td, tdg, shiftName } = await eventPageText();
  const day = await dayFormatter();
  const free = s.places - s.assignees.length;
  const started = canMarkAttendance(s.date, s.dagdeel, now);
  const swapOptions = all
    .filter((o) => o.id !== s.id)
    .flatMap((o) => o.assignees.map((a) => ({ shift: o, a })))
    .map(({ shift, a }) => ({ value: `${shift.id}:${a.ambassadorId}`, label: td('swapOption', { name: a.name, date: day(shift.date), dagdeel: tdg(shift.dagdeel) }) }));
  return (
    <section id={`shift-${s.id}`} aria-labelledby={`shift-${s.id}-title`} className="scroll-mt-4 rounded-lg bg-white p-4 shadow-sm" data-testid={`shift-${s.date}-${s.dagdeel}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`shift-${s.id}-title`} className="text-lg font-bold">
          {shiftName(s)}
        </h3>
        <p className={free === 0 ? 'font-semibold text-green-800' : 'font-semibold text-amber-900'}>{td('placesTaken', { taken: s.assignees.length, places: s.places })}</p>
      </div>

      <h4 className="mt-3 font-semibold">{td('assignedTitle')}</h4>
      {s.assignees.length === 0 ? <p>{td('nobody')}</p> : null}
      <ul className="divide-y divide-slate-200">
        {s.assignees.map((a) => (
          <Assignee key={a.ambassadorId} shift={s} a={a} started={started} swapOptions={swapOptions} />
        ))}
      </ul>

      {free > 0 ? <Suggestions event={event} shift={s} ranked={ranked} /> : null}
      {free > 0 ? <UnavailableHere shift={s} people={unavailable} /> : null}

      {s.assignees.length === 0 ? (
        <PlainActionForm action={deleteShiftAction} className="mt-3">
          <input type="hidden" name="shiftId" value={s.id} />
          <Button variant="danger" size="small" aria-label={`${td('deleteShift')}: ${shiftName(s)}`}>
            {td('deleteShift')}
          </Button>
        </PlainActionForm>
      ) : null}
    </section>
  );
}
