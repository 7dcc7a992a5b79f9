import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { createShiftAction } from '@/lib/shifts/actions';
import type { EventRow } from '@/lib/shifts/queries';
import { DAGDEEL_TIMES, DAGDELEN } from '@/lib/dagdelen';
import { dayFormatter } from '../../_components/shared';
import { eventPageText } from './shared';

/** Add a shift (a date within the event, a dagdeel, how many places). */
export async function AddShift({ event }: { event: EventRow }) {
  const { td, tdg } = await eventPageText();
  const day = await dayFormatter();
  return (
    <Section id="add-shift" title={td('addShiftTitle')} card className="mt-6 max-w-xl">
      <p className="mb-3 mt-1">{td('addShiftIntro', { from: day(event.startsOn), to: day(event.endsOn) })}</p>
      <ActionForm
        idPrefix="new-shift"
        action={createShiftAction}
        fields={[
          { kind: 'hidden', name: 'eventId', value: event.id },
          { kind: 'date', name: 'date', label: td('date'), required: true, defaultValue: event.startsOn },
          {
            kind: 'radio',
            name: 'dagdeel',
            label: td('dagdeel'),
            required: true,
            defaultValue: 'morning',
            options: DAGDELEN.map((d) => ({ value: d, label: `${tdg(d)} (${DAGDEEL_TIMES[d].start}–${DAGDEEL_TIMES[d].end})` })),
          },
          { kind: 'number', name: 'places', label: td('places'), hint: td('placesHint'), required: true, defaultValue: '2' },
        ]}
        submitLabel={td('addShift')}
      />
    </Section>
  );
}
