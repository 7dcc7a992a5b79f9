import type { InputHTMLAttributes } from 'react';

/**
 * The fields of a plain GET filter or search form (a list's filters, a queue's, an export's
 * month): a label over the control, an optional hint, no error (what a filter holds is never
 * wrong; the page says when nothing matches). The URL the form makes can be bookmarked.
 */
export const filterControlClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900';

export function FilterSelect({ id, name, label, value, all, options }: { id: string; name: string; label: string; value?: string; /** the choice for "no filter" (value '') */ all?: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={filterControlClass}>
        {all !== undefined ? <option value="">{all}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({
  id,
  label,
  hint,
  hintAfter = false,
  value,
  className,
  ...rest
}: { id: string; name: string; label: string; hint?: string; /** the hint under the control instead of above it */ hintAfter?: boolean; value?: string; type: 'search' | 'date' | 'month'; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'defaultValue' | 'className'>) {
  const hintNote = hint ? (
    <p id={`${id}-hint`} className={hintAfter ? 'mt-1 text-sm text-slate-700' : 'text-sm text-slate-700'}>
      {hint}
    </p>
  ) : null;
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hintAfter ? null : hintNote}
      <input id={id} defaultValue={value ?? ''} aria-describedby={hint ? `${id}-hint` : undefined} className={filterControlClass} {...rest} />
      {hintAfter ? hintNote : null}
    </div>
  );
}
