import type { ReactNode } from 'react';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

interface BaseProps {
  name: string;
  /** id stem when the same field name appears in several forms on a page (default: the name) */
  idOverride?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  requiredLabel?: string;
}

function Label({ htmlFor, label, required, requiredLabel }: { htmlFor: string; label: string; required?: boolean; requiredLabel?: string }) {
  return (
    <label htmlFor={htmlFor} className="block font-semibold">
      {label}
      {required ? (
        <span className="text-red-800" aria-hidden="true">
          {' '}*
        </span>
      ) : null}
      {required && requiredLabel ? <span className="sr-only"> ({requiredLabel})</span> : null}
    </label>
  );
}

function Describe({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function TextField({
  name,
  idOverride,
  label,
  error,
  hint,
  required,
  requiredLabel,
  defaultValue,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  dir,
}: BaseProps & {
  defaultValue?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'datetime-local' | 'number';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email';
  maxLength?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
}) {
  const id = `f-${idOverride ?? name}`;
  return (
    <div className="mb-5">
      <Label htmlFor={id} label={label} required={required} requiredLabel={requiredLabel} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        dir={dir}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      />
      <Describe id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({
  name,
  idOverride,
  label,
  error,
  hint,
  required,
  requiredLabel,
  defaultValue,
  placeholder,
  options,
}: BaseProps & { defaultValue?: string; placeholder?: string; options: { value: string; label: string }[] }) {
  const id = `f-${idOverride ?? name}`;
  return (
    <div className="mb-5">
      <Label htmlFor={id} label={label} required={required} requiredLabel={requiredLabel} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ''}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Describe id={id} hint={hint} error={error} />
    </div>
  );
}

export function RadioGroup({
  name,
  idOverride,
  label,
  error,
  required,
  requiredLabel,
  defaultValue,
  options,
}: BaseProps & { defaultValue?: string; options: { value: string; label: string }[] }) {
  const id = `f-${idOverride ?? name}`;
  return (
    <fieldset id={id} tabIndex={-1} className="mb-5" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold">
        {label}
        {required ? <span className="text-red-800" aria-hidden="true"> *</span> : null}
        {required && requiredLabel ? <span className="sr-only"> ({requiredLabel})</span> : null}
      </legend>
      {options.map((o) => (
        <div key={o.value} className="mt-2 flex items-start gap-3">
          <input
            id={`${id}-${o.value}`}
            type="radio"
            name={name}
            value={o.value}
            defaultChecked={defaultValue === o.value}
            className="mt-1 h-5 w-5 shrink-0"
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <Describe id={id} error={error} />
    </fieldset>
  );
}

export function CheckboxField({
  name,
  idOverride,
  label,
  error,
  required,
  requiredLabel,
  defaultChecked,
  extra,
}: BaseProps & { defaultChecked?: boolean; extra?: ReactNode }) {
  const id = `f-${idOverride ?? name}`;
  return (
    <div className="mb-5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-5 w-5 shrink-0"
        />
        <label htmlFor={id}>
          {label}
          {required ? <span className="text-red-800" aria-hidden="true"> *</span> : null}
          {required && requiredLabel ? <span className="sr-only"> ({requiredLabel})</span> : null}
        </label>
      </div>
      {extra ? <div className="ms-8 mt-1">{extra}</div> : null}
      <Describe id={id} error={error} />
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/** Announces form errors; links jump to the fields (WCAG 3.3.1). */
export function ErrorSummary({
  title,
  errors,
}: {
  title: string;
  errors: { field: string; message: string; label: string }[];
}) {
  return (
    <div role="alert" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      {errors.length ? (
        <ul className="mt-2 list-disc ps-5">
          {errors.map((e) => (
            <li key={e.field}>
              <a className="underline" href={`#f-${e.field}`}>
                {e.label}: {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
