import type { ReactNode, Ref } from 'react';
import { BidiText } from '../bidi-text';
import { labelled } from './form-feedback';

/**
 * FormField (NL Design System name) and the controls in it: a label (with the required marker),
 * an optional hint, the control, and its error, tied together with ids and aria-describedby.
 * A field's id is `f-{idOverride ?? name}`; the error summary links there.
 */
export const textboxClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

export interface BaseProps {
  name: string;
  /** id stem when the same field name appears in several forms on a page (default: the name) */
  idOverride?: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  requiredLabel?: string;
}

export const fieldId = (name: string, idOverride?: string) => `f-${idOverride ?? name}`;

function RequiredMarker({ required, requiredLabel }: { required?: boolean; requiredLabel?: string }) {
  return (
    <>
      {required ? (
        <span className="text-red-800" aria-hidden="true">
          {' '}*
        </span>
      ) : null}
      {required && requiredLabel ? <span className="sr-only"> ({requiredLabel})</span> : null}
    </>
  );
}

/** A field's hint or error: a paragraph its control points at (`{id}-hint`, `{id}-error`). */
function FieldNote({ id, kind, text }: { id: string; kind: 'hint' | 'error'; text?: string }) {
  return text ? (
    <p id={`${id}-${kind}`} className={kind === 'error' ? 'mt-1 text-sm font-semibold text-red-800' : 'mt-1 text-sm text-slate-700'}>
      <BidiText>{text}</BidiText>
    </p>
  ) : null;
}

const Hint = ({ id, hint }: { id: string; hint?: string }) => <FieldNote id={id} kind="hint" text={hint} />;
const FieldError = ({ id, error }: { id: string; error?: string }) => <FieldNote id={id} kind="error" text={error} />;

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The label, hint and error around one control (the control gets `id`, `aria-describedby` itself). */
export function FormField({
  id,
  label,
  hint,
  error,
  required,
  requiredLabel,
  hintAfter = false,
  className = 'mb-5',
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
  required?: boolean;
  requiredLabel?: string;
  /** the hint under the control instead of between label and control */
  hintAfter?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-semibold">
        {label}
        <RequiredMarker required={required} requiredLabel={requiredLabel} />
      </label>
      {hintAfter ? null : <Hint id={id} hint={hint} />}
      {children}
      {hintAfter ? <Hint id={id} hint={hint} /> : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** What a textbox-like control (input, textarea, select) carries: id, state, descriptions, look. */
type ControlProps = {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
  className: string;
};

/** A FormField around one textbox-like control, which `control` renders with the props tying it to its label, hint and error. */
function TextboxField({ field, hintAfter, control }: { field: BaseProps; hintAfter?: boolean; control: (props: ControlProps) => ReactNode }) {
  const { name, idOverride, label, error, hint, required, requiredLabel } = field;
  const id = fieldId(name, idOverride);
  return (
    <FormField id={id} label={label} hint={hint} hintAfter={hintAfter} error={error} required={required} requiredLabel={requiredLabel}>
      {control({ id, name, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error), className: textboxClass })}
    </FormField>
  );
}

export function TextField({
  defaultValue,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  min,
  max,
  step,
  dir,
  hintAfter,
  ...field
}: BaseProps & {
  defaultValue?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date' | 'time' | 'datetime-local' | 'number';
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'decimal' | 'numeric';
  maxLength?: number;
  min?: number | string;
  max?: number | string;
  step?: number | string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hintAfter?: boolean;
}) {
  return (
    <TextboxField
      field={field}
      hintAfter={hintAfter}
      control={(props) => (
        <input {...props} type={type} defaultValue={defaultValue} autoComplete={autoComplete} inputMode={inputMode} maxLength={maxLength} min={min} max={max} step={step} dir={dir} />
      )}
    />
  );
}

/**
 * A password (required, at most 512 characters): `current-password` to sign in, `new-password`
 * to choose one. Never given a value: a password is not sent back to the form after an error.
 */
export function PasswordField({ autoComplete, ...field }: Omit<BaseProps, 'required'> & { autoComplete: 'current-password' | 'new-password' }) {
  return <TextField {...field} type="password" required autoComplete={autoComplete} maxLength={512} />;
}

/** Textbox (NL Design System name) is the text field. */
export const Textbox = TextField;

export function TextArea({ defaultValue, maxLength, rows = 3, ...field }: BaseProps & { defaultValue?: string; maxLength?: number; rows?: number }) {
  return <TextboxField field={field} control={(props) => <textarea {...props} rows={rows} maxLength={maxLength} defaultValue={defaultValue} />} />;
}

export type Option = { value: string; label: string };

function Options({ options }: { options: Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

export function SelectField({
  defaultValue,
  placeholder,
  options,
  groups,
  ...field
}: BaseProps & {
  defaultValue?: string;
  placeholder?: string;
  options?: Option[];
  /** options in labelled groups (<optgroup>), after `options`; empty groups are left out */
  groups?: { label: string; options: Option[] }[];
}) {
  return (
    <TextboxField
      field={field}
      control={(props) => (
        // keyed by the value: React does not re-apply a changed defaultValue to a <select> after the form reset
        <select key={defaultValue ?? ''} {...props} defaultValue={defaultValue ?? ''}>
          {placeholder ? <option value="">{placeholder}</option> : null}
          <Options options={options ?? []} />
          {(groups ?? [])
            .filter((g) => g.options.length)
            .map((g) => (
              <optgroup key={g.label} label={g.label}>
                <Options options={g.options} />
              </optgroup>
            ))}
        </select>
      )}
    />
  );
}

/** A question with several inputs (radios, checkboxes): a fieldset whose legend is the label; `inputs` renders them under the id stem. */
function ChoiceFieldset({ field, className, inputs }: { field: BaseProps; className: string; inputs: (id: string) => ReactNode }) {
  const { name, idOverride, label, error, hint, required, requiredLabel } = field;
  const id = fieldId(name, idOverride);
  return (
    <fieldset id={id} tabIndex={-1} className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend className="font-semibold">
        {label}
        <RequiredMarker required={required} requiredLabel={requiredLabel} />
      </legend>
      <Hint id={id} hint={hint} />
      {inputs(id)}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export function RadioGroup({ defaultValue, options, ...field }: BaseProps & { defaultValue?: string; options: Option[] }) {
  return (
    <ChoiceFieldset
      field={field}
      className="mb-5"
      inputs={(id) =>
        options.map((o) => (
          <div key={o.value} className="mt-2 flex items-start gap-3">
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={field.name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              className="mt-1 h-5 w-5 shrink-0"
              aria-invalid={field.error ? true : undefined}
            />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))
      }
    />
  );
}

/** Several checkboxes under one question: a fieldset with a legend. */
export function CheckboxGroup({
  defaultValues,
  options,
  ...field
}: Omit<BaseProps, 'required' | 'requiredLabel'> & { defaultValues?: string[]; options: Option[] }) {
  return (
    <ChoiceFieldset
      field={field}
      className="mb-4"
      inputs={(id) => (
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {options.map((o) => (
            // keyed by the tick: React does not re-apply a changed defaultChecked after the form reset
            <div key={`${o.value}:${String(Boolean(defaultValues?.includes(o.value)))}`} className="flex items-center gap-2">
              <input type="checkbox" id={`${id}-${o.value}`} name={field.name} value={o.value} defaultChecked={defaultValues?.includes(o.value)} className="h-5 w-5" />
              <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
      )}
    />
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
  const id = fieldId(name, idOverride);
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
          <RequiredMarker required={required} requiredLabel={requiredLabel} />
        </label>
      </div>
      {extra ? <div className="ms-8 mt-1">{extra}</div> : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

export { SubmitButton } from './button';

/**
 * Announces form errors at the top of the form; each links to its field (WCAG 3.3.1, the GOV.UK
 * error summary). `field` is the field's id stem (without `f-`). Gets the focus after a failed
 * submit: with JavaScript through the ref (useForm / useErrorSummaryFocus), without it by
 * `autofocus` on the server-rendered page.
 */
export function ErrorSummary({
  title,
  errors,
  summaryRef,
}: {
  title: string;
  errors: { field: string; message: string; label: string }[];
  summaryRef?: Ref<HTMLDivElement>;
}) {
  return (
    <div ref={summaryRef} tabIndex={-1} autoFocus role="alert" className="mb-6 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900" data-error-summary="">
      <p className="font-semibold">{title}</p>
      {errors.length ? (
        <ul className="mt-2 list-disc ps-5">
          {errors.map((e) => (
            <li key={e.field}>
              <a className="underline" href={`#f-${e.field}`}>
                {labelled(e.label, e.message)}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
