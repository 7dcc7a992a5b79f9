import { ActionForm } from '@/app/_components/action-form';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { assignAction } from '@/lib/shifts/actions';
import type { EventRow, EventShift } from '@/lib/shifts/queries';
import type { Suggestion } from '@/lib/shifts/suggestions';
import { eventPageText } from './shared';

const SHOWN_SUGGESTIONS = 5;

/** Who fits a shift with free places, best first with the reasons why; the rest to choose from a list. */
export async function Suggestions({ event, shift, ranked }: { event: EventRow; shift: EventShift; ranked: Suggestion[] }) {
  const { td, language } = await eventPageText();
  return (
    <div className="mt-4 border-t border-slate-200 pt-3" data-testid="suggestions">
      <h4 className="font-semibold">{td('suggestionsTitle')}</h4>
      <p className="text-sm text-slate-700">{td('suggestionsIntro')}</p>
      {ranked.length === 0 ? <p className="mt-2">{td('noSuggestions')}</p> : null}
      <ol className="mt-2 divide-y divide-slate-200">
        {ranked.slice(0, SHOWN_SUGGESTIONS).map((sg) => (
          <li key={sg.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`suggestion-${sg.id}`}>
            <div>
              <p className="font-semibold">{sg.displayName}</p>
              <ul className="mt-1 flex flex-wrap gap-1" aria-label={td('reasons.label')}>
                {sg.reasons.length === 0 ? <li className="rounded bg-slate-100 px-2 py-0.5 text-sm text-slate-800">{td('reasons.none')}</li> : null}
                {sg.reasons.map((r) => (
                  <li key={r} className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-800" data-reason={r}>
                    {r === 'language'
                      ? td('reasons.language', { languages: sg.languages.map(language).join(', ') })
                      : r === 'wijk'
                        ? td('reasons.wijk', { wijk: event.wijkName ?? '' })
                        : td(`reasons.${r}`)}
                  </li>
                ))}
              </ul>
            </div>
            <PlainActionForm action={assignAction}>
              <input type="hidden" name="shiftId" value={shift.id} />
              <input type="hidden" name="ambassadorId" value={sg.id} />
              <Button variant="secondary" size="small" aria-label={`${td('assign')}: ${sg.displayName}`}>
                {td('assign')}
              </Button>
            </PlainActionForm>
          </li>
        ))}
      </ol>
      {ranked.length > 0 ? (
        <ActionForm
          idPrefix={`assign-${shift.id}`}
          action={assignAction}
          className="mt-3 max-w-md"
          fields={[
            { kind: 'hidden', name: 'shiftId', value: shift.id },
            { kind: 'select', name: 'ambassadorId', label: td('assignOther'), placeholder: td('chooseAmbassador'), options: ranked.map((r) => ({ value: r.id, label: r.displayName })), required: true },
          ]}
          submitLabel={td('assign')}
         
          submitVariant="secondary"
          submitSize="small"
        />
      ) : null}
    </div>
  );
}
