'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState, valueOf, valuesOf } from '@/lib/actions/form-state';
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, TextField } from './fields';
import { useMessage } from './use-message';

export type FieldSpec =
  | { kind: 'hidden'; name: string; value: string }
  | {
      kind: 'text' | 'email' | 'tel' | 'date' | 'datetime-local' | 'number';
      name: string;
      label: string;
      defaultValue?: string;
      required?: boolean;
      hint?: string;
      maxLength?: number;
      autoComplete?: string;
    }
  | { kind: 'textarea'; name: string; label: string; defaultValue?: string; required?: boolean; maxLength?: number }
  | { kind: 'select'; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; placeholder?: string; required?: boolean }
  | { kind: 'radio'; name: string; label: string; options: { value: string; label: string }[]; defaultValue?: string; required?: boolean }
  | { kind: 'checkbox'; name: string; label: string; defaultChecked?: boolean; required?: boolean }
  | { kind: 'checkboxes'; name: string; label: string; options: { value: string; label: string }[]; defaultValues?: string[] };

/**
 * A server-action form described as data: labels come translated from the server page; field and
 * form errors are message keys translated here (`useMessage`); the success text comes as a map of
 * already-translated messages. Works with JavaScript off (plain POST, server-rendered result);
 * with it, keeps typed values (and ticked checkboxes) after an error.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  messages,
  idPrefix,
  className,
  submitClassName,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  /** message key → text, for success messages (error keys are translated by the form itself) */
  messages?: Record<string, string>;
  /** makes field ids unique when a page holds several forms with the same field names */
  idPrefix: string;
  className?: string;
  submitClassName?: string;
}) {
  const te = useMessage();
  const tc = useTranslations('common');
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const fe = state.fieldErrors ?? {};
  const values = state.status === 'error' ? state.values : undefined;
  const v = (name: string) => valueOf(values, name);
  // A page may still pass its own text for a key; otherwise the key is translated here.
  const text = (key: string) => messages?.[key] ?? te(key);
  const err = (name: string) => (fe[name] ? text(fe[name]!) : undefined);
  const id = (name: string) => `${idPrefix}-${name}`;
  const labelOf = (name: string) => fields.find((f) => f.name === name && f.kind !== 'hidden') as { label: string } | undefined;
  const summary = Object.keys(fe)
    .filter((f) => labelOf(f))
    .map((f) => ({ field: id(f), label: labelOf(f)!.label, message: err(f)! }));
  const formError = state.formError ? text(state.formError) : null;
  const success = state.status === 'success' && state.message ? messages?.[state.message] : null;

  return (
    <form action={formAction} noValidate className={className}>
      {state.status === 'error' ? <ErrorSummary title={formError ?? te('invalidForm')} errors={summary} /> : null}
      {fields.map((f) => {
        switch (f.kind) {
          case 'hidden':
            return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
          case 'textarea':
            return (
              <div key={f.name} className="mb-4">
                <label htmlFor={`f-${id(f.name)}`} className="block font-semibold">
                  {f.label}
                  {f.required ? <span aria-hidden="true" className="text-red-800"> *</span> : null}
                  {f.required ? <span className="sr-only"> ({tc('requiredMarker')})</span> : null}
                </label>
                <textarea
                  id={`f-${id(f.name)}`}
                  name={f.name}
                  rows={3}
                  maxLength={f.maxLength}
                  defaultValue={v(f.name) ?? f.defaultValue}
                  aria-invalid={fe[f.name] ? true : undefined}
                  aria-describedby={fe[f.name] ? `f-${id(f.name)}-error` : undefined}
                  className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2"
                />
                {fe[f.name] ? (
                  <p id={`f-${id(f.name)}-error`} className="mt-1 text-sm font-semibold text-red-800">
                    {err(f.name)}
                  </p>
                ) : null}
              </div>
            );
          case 'select':
            return (
              <SelectField
                // keyed by the value: React does not re-apply a changed defaultValue to a <select> after the form reset
                key={`${f.name}:${v(f.name) ?? f.defaultValue ?? ''}`}
                name={f.name}
                idOverride={id(f.name)}
                label={f.label}
                options={f.options}
                placeholder={f.placeholder}
                required={f.required}
                requiredLabel={tc('requiredMarker')}
                defaultValue={v(f.name) ?? f.defaultValue}
                error={err(f.name)}
              />
            );
          case 'radio':
            return (
              <RadioGroup
                key={f.name}
                name={f.name}
                idOverride={id(f.name)}
                label={f.label}
                options={f.options}
                required={f.required}
                requiredLabel={tc('requiredMarker')}
                defaultValue={v(f.name) ?? f.defaultValue}
                error={err(f.name)}
              />
            );
          case 'checkbox':
            return (
              <CheckboxField
                key={f.name}
                name={f.name}
                idOverride={id(f.name)}
                label={f.label}
                required={f.required}
                requiredLabel={tc('requiredMarker')}
                defaultChecked={values ? v(f.name) === 'on' : f.defaultChecked}
                error={err(f.name)}
              />
            );
          case 'checkboxes':
            return (
              <fieldset key={f.name} className="mb-4">
                <legend className="font-semibold">{f.label}</legend>
                <div className="mt-1 grid gap-1 sm:grid-cols-2">
                  {f.options.map((o) => (
                    // keyed by the tick: React does not re-apply a changed defaultChecked after the form reset
                    <div key={`${o.value}:${String((values ? valuesOf(values, f.name) : (f.defaultValues ?? [])).includes(o.value))}`} className="flex items-center gap-2">
                      <input
                        type="checkbox"
                        id={`f-${id(f.name)}-${o.value}`}
                        name={f.name}
                        value={o.value}
                        defaultChecked={(values ? valuesOf(values, f.name) : (f.defaultValues ?? [])).includes(o.value)}
                        className="h-5 w-5"
                      />
                      <label htmlFor={`f-${id(f.name)}-${o.value}`}>{o.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          default:
            return (
              <TextField
                key={f.name}
                name={f.name}
                idOverride={id(f.name)}
                type={f.kind}
                label={f.label}
                hint={f.hint}
                required={f.required}
                requiredLabel={tc('requiredMarker')}
                maxLength={f.maxLength}
                autoComplete={f.autoComplete}
                defaultValue={v(f.name) ?? f.defaultValue}
                error={err(f.name)}
              />
            );
        }
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className={submitClassName ?? 'rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70'}
        >
          {submitLabel}
        </button>
        {success ? (
          <p role="status" className="font-semibold text-green-800">
            {success}
          </p>
        ) : null}
      </div>
    </form>
  );
}
