import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { FormState } from '@/lib/actions/form-state';
import { loadMessages } from '@/lib/i18n/messages';
import { pickErrorMessages, pickMessages } from '@/lib/i18n/pick';
import { plainMessages, PUBLIC_CLIENT_NAMESPACES } from '@/lib/i18n/plain';
import { IntlMessages } from '../intl-messages';
import { PlainMessages } from '../plain-messages';
import { labelled } from './form-feedback';
import { ErrorSummary } from './form-field';
import { useFormFeedback, type UseFormOptions } from './use-form';

/**
 * The form hook of the component layer, with the messages the portal layout really sends to the
 * browser: every feature's `errors` plus the shared namespaces. Action results use the form
 * contract of lib/actions: namespaced feature keys, bare shared keys, multi-value fields.
 */
async function feedbackFor(locale: 'nl' | 'en', state: FormState, options: UseFormOptions) {
  const all = await loadMessages(locale);
  const messages = { ...pickErrorMessages(all), ...pickMessages(all, ['auth', 'errors', 'admin', 'common', 'roles']) };
  let out: ReturnType<typeof useFormFeedback> | undefined;
  function Probe() {
    out = useFormFeedback(state, options);
    return null;
  }
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Amsterdam">
      <IntlMessages>
        <Probe />
      </IntlMessages>
    </NextIntlClientProvider>,
  );
  return out!;
}

/** The same on a public page: the plain messages its layout sends (no next-intl in the browser). */
async function publicFeedbackFor(locale: string, state: FormState, options: UseFormOptions) {
  let out: ReturnType<typeof useFormFeedback> | undefined;
  function Probe() {
    out = useFormFeedback(state, options);
    return null;
  }
  renderToStaticMarkup(
    <PlainMessages locale={locale} messages={plainMessages(await loadMessages(locale), PUBLIC_CLIENT_NAMESPACES)}>
      <Probe />
    </PlainMessages>,
  );
  return out!;
}

const labels = { name: 'Naam', startsOn: 'Eerste dag', endsOn: 'Laatste dag', languages: 'Talen' };

describe('useForm translates the keys of the form contract (one path, through useMessage)', () => {
  it('shows a feature key (targets.errors.x) and a shared key (required) in Dutch, not a fallback', async () => {
    const f = await feedbackFor('nl', { status: 'error', formError: 'invalidForm', fieldErrors: { endsOn: 'targets.errors.endNotAfterStart', name: 'required' } }, { labels });
    expect(f.error('endsOn')).toBe('De laatste dag moet na de eerste dag komen.');
    expect(f.error('name')).toBe('Vul dit veld in.');
    expect(f.summary?.errors.map((e) => e.message)).toEqual(['Vul dit veld in.', 'De laatste dag moet na de eerste dag komen.']);
  });

  it('titles the summary with a feature form error (a hidden field\'s error becomes the form error)', async () => {
    const f = await feedbackFor('en', { status: 'error', formError: 'expenses.errors.receiptTooLarge' }, { labels });
    expect(f.summary?.title).toMatch(/larger than 5 MB/);
  });

  it('falls back to the shared "check this" text for an unknown key, never to the raw key', async () => {
    const f = await feedbackFor('nl', { status: 'error', fieldErrors: { name: 'targets.errors.noSuchKey' } }, { labels });
    expect(f.error('name')).toBe('Dit klopt niet. Kijk het nog eens na.');
    expect(f.summary?.title).toBe('Niet alle velden zijn goed ingevuld.');
  });

  it('lets a page give its own text for a key (success messages)', async () => {
    const f = await feedbackFor('nl', { status: 'success', message: 'saved' }, { labels, messages: { saved: 'Opgeslagen' } });
    expect(f.success).toBe('Opgeslagen');
  });

  it('keeps every value of a multi-value field after a failed submit, and the first as the text value', async () => {
    const state: FormState = { status: 'error', fieldErrors: { name: 'required' }, values: { languages: ['ar', 'ti'], startsOn: '2026-12-01' } };
    const f = await feedbackFor('nl', state, { labels });
    expect(f.valuesOf('languages')).toEqual(['ar', 'ti']);
    expect(f.values).toEqual({ languages: 'ar', startsOn: '2026-12-01' });
    const ok = await feedbackFor('nl', { status: 'success', values: { languages: ['ar'] } }, { labels });
    expect(ok.valuesOf('languages')).toBeUndefined();
  });

  it('an empty select says "Kies een optie" in the field and the summary, a text field "Vul dit veld in"', async () => {
    const f = await feedbackFor('nl', { status: 'error', formError: 'invalidForm', fieldErrors: { name: 'required', role: 'choiceRequired' } }, { labels: { name: 'Naam', role: 'Rol' } });
    expect(f.error('role')).toBe('Kies een optie.');
    expect(f.summary?.errors.map((e) => `${e.label}: ${e.message}`)).toEqual(['Naam: Vul dit veld in.', 'Rol: Kies een optie.']);
  });

  it('reads the same texts from a public page\'s plain messages as from next-intl, in Arabic too', async () => {
    const state: FormState = { status: 'error', formError: 'invalidForm', fieldErrors: { name: 'required', phone: 'phoneInvalid', role: 'choiceRequired' } };
    const options = { labels: { name: 'الاسم', phone: 'الهاتف', role: 'اللغة' } };
    const ar = await publicFeedbackFor('ar', state, options);
    const all = await loadMessages('ar');
    const errors = all.errors as Record<string, string>;
    expect(ar.error('name')).toBe(errors.required);
    expect(ar.error('phone')).toBe(errors.phoneInvalid);
    expect(ar.summary?.title).toBe(errors.invalidForm);
    expect(ar.summary?.errors.map((e) => e.label)).toEqual(['الاسم', 'الهاتف', 'اللغة']);
    expect(errors.required).toMatch(/[\u0600-\u06FF]/);
    const nl = await publicFeedbackFor('nl', state, { labels });
    const viaIntl = await feedbackFor('nl', state, { labels });
    expect(nl.summary).toEqual(viaIntl.summary);
    expect((await publicFeedbackFor('nl', { status: 'error', formError: 'rateLimited' }, { labels })).summary?.title).toBe('U hebt te vaak iets verstuurd. Probeer het over een tijdje opnieuw.');
    expect((await publicFeedbackFor('nl', { status: 'error', fieldErrors: { name: 'survey.errors.noSuchKey' } }, { labels })).error('name')).toBe('Dit klopt niet. Kijk het nog eens na.');
  });

  it('the error summary puts no colon after a label that ends in a question mark or colon', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        title="Niet alle velden zijn goed ingevuld."
        errors={[
          { field: 'description', label: 'Wat houdt het aanbod in?', message: 'Dit is te lang.' },
          { field: 'note', label: 'Let op:', message: 'Dit is te lang.' },
          { field: 'name', label: 'Naam', message: 'Vul dit veld in.' },
        ]}
      />,
    );
    expect(html).toContain('Wat houdt het aanbod in? Dit is te lang.');
    expect(html).toContain('Let op: Dit is te lang.');
    expect(html).toContain('Naam: Vul dit veld in.');
    expect(html).not.toMatch(/\?:|::/);
    expect(labelled('Waarom?', 'Kies een optie.')).toBe('Waarom? Kies een optie.');
  });
});
