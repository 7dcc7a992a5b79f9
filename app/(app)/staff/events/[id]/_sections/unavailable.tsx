import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { assignAction } from '@/lib/shifts/actions';
import type { EventShift, NotOfferedForShift } from '@/lib/shifts/queries';
import { availabilityText } from '../../../../_availability/text';

/**
 * Who may work but is not suggested for this shift, and why (lib/availability): absent that day
 * (cannot be assigned), or not available on this weekday × dagdeel by their own week (may be
 * assigned anyway: the button says so).
 */
export async function UnavailableHere({ shift, people }: { shift: Pick<EventShift, 'id'>; people: NotOfferedForShift[] }) {
  if (!people.length) return null;
  const { t, reason } = await availabilityText();
  return (
    <div className="mt-4 border-t border-slate-200 pt-3" data-testid="unavailable">
      <h4 className="font-semibold">{t('shift.title')}</h4>
      <p className="text-sm text-slate-700">
        {t('shift.intro')} {t('shift.noAvailabilityNote')}
      </p>
      <ul className="mt-1 divide-y divide-slate-200">
        {people.map((p) => {
          const absent = p.reasons.some((r) => r.key === 'availability.errors.absentUntil');
          return (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5" data-testid={`unavailable-${p.id}`}>
              <p>
                <a href={`/staff/ambassadors/${p.id}`} className="font-semibold text-brand-700 underline">
                  {p.displayName}
                </a>
                : {p.reasons.map(reason).join('; ')}
              </p>
              {absent ? null : (
                <PlainActionForm action={assignAction}>
                  <input type="hidden" name="shiftId" value={shift.id} />
                  <input type="hidden" name="ambassadorId" value={p.id} />
                  <Button variant="secondary" size="small" aria-label={t('shift.assignAnywayLabel', { name: p.displayName })}>
                    {t('shift.assignAnyway')}
                  </Button>
                </PlainActionForm>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
