'use client';

import type { FormState } from '@/lib/actions/form-state';
import { InlineNotice } from './ui/alert';
import { Button, type ButtonSize, type ButtonVariant } from './ui/button';
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextArea, TextField } from './ui/form-field';
import { useForm } from './ui/use-form';
import { useText } from './use-message';

export type FieldSpec =
  | { kind: 'hidden'; name: string; value: string }
  | {
      kind: 'text' | 'email' | 'tel' | 'date' | 'time' | 'datetime-local' | 'number' | 'password';
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
 * form errors are message keys translated by `useForm` (through `useMessage`); the success text
 * comes as a map of already-translated messages. Works with JavaScript off (plain POST,
 * server-rendered result); with it, keeps typed values (and ticked checkboxes) after an error.
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  messages,
  idPrefix,
  className,
  submitVariant = 'primary',
  submitSize = 'medium',
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  /** message key → text, for success messages (error keys are translated by the form itself) */
  messages?: Record<string, string>;
  /** makes field ids unique when a page holds several forms with the same field names */
  idPrefix: string;
  className?: string;
  submitVariant?: ButtonVariant;
  submitSize?: ButtonSize;
}) {
  const tc = useText('common');
  const labels = Object.fromEntries(fields.flatMap((f) => (f.kind === 'hidden' ? [] : [[f.name, f.label]])));
  const { state, formAction, pending, errorSummary, field, valuesOf, success } = useForm(action, { labels, messages, idPrefix });

  return (
    <form action={formAction} noValidate className={className}>
      {errorSummary}
      {fields.map((f) => {
        if (f.kind === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={f.value} />;
        const { defaultValue, ...common } = field(f.name, 'defaultValue' in f ? f.defaultValue : undefined);
        const required = 'required' in f ? { required: f.required, requiredLabel: tc('requiredMarker') } : {};
        switch (f.kind) {
          case 'textarea':
            return <TextArea key={f.name} {...common} {...required} maxLength={f.maxLength} defaultValue={defaultValue} />;
          case 'select':
            // keyed by the value: React does not re-apply a changed defaultValue to a <select> after the form reset
            return <SelectField key={`${f.name}:${defaultValue ?? ''}`} {...common} {...required} options={f.options} placeholder={f.placeholder} defaultValue={defaultValue} />;
          case 'radio':
            return <RadioGroup key={f.name} {...common} {...required} options={f.options} defaultValue={defaultValue} />;
          case 'checkbox':
            return <CheckboxField key={f.name} {...common} {...required} defaultChecked={state.status === 'error' ? defaultValue === 'on' : f.defaultChecked} />;
          case 'checkboxes':
            return <CheckboxGroup key={f.name} {...common} options={f.options} defaultValues={valuesOf(f.name) ?? f.defaultValues} />;
          default:
            return (
              <TextField
                key={f.name}
                {...common}
                {...required}
                type={f.kind}
                hint={f.hint}
                maxLength={f.maxLength}
                autoComplete={f.autoComplete}
                defaultValue={f.kind === 'password' ? undefined : defaultValue}
              />
            );
        }
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} variant={submitVariant} size={submitSize}>
          {submitLabel}
        </Button>
        {success ? <InlineNotice type="ok" className="font-semibold">{success}</InlineNotice> : null}
      </div>
    </form>
  );
}
