import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PlainMessages } from '@/app/_components/plain-messages';
import { loadMessages } from '@/lib/i18n/messages';
import { plainMessages, PUBLIC_CLIENT_NAMESPACES, type PlainMessageMap } from '@/lib/i18n/plain';

// The actions are server code; the forms only hold a reference to them.
vi.mock('@/lib/leads/signup/actions', () => ({ signupAction: async () => ({ status: 'idle' }) }));
vi.mock('@/lib/survey/actions', () => ({ respondAction: async () => ({ status: 'idle' }) }));

const { SignupForm } = await import('./signup-form');
const { SignupConfirmation } = await import('./signup-confirmation');
const { SurveyForm } = await import('./enquete/[id]/survey-form');

async function sent(locale: string, extra: string[] = []): Promise<PlainMessageMap> {
  return plainMessages(await loadMessages(locale), [...PUBLIC_CLIENT_NAMESPACES, ...extra]);
}

describe('the public forms read their texts from the plain messages of the page language', () => {
  it('the sign-up form in Arabic: labels, hints, choices and button in Arabic, no key and no Dutch', async () => {
    const m = await sent('ar');
    const html = renderToStaticMarkup(
      <PlainMessages locale="ar" messages={m}>
        <SignupForm neighbourhoods={[{ code: 'centrum', name: 'Centrum' }]} referralCode="AMB01" />
      </PlainMessages>,
    );
    for (const key of ['public.name', 'public.phone', 'public.languagePlaceholder', 'public.forWhomSelf', 'public.consent', 'public.submit', 'public.referredBy', 'languages.ti', 'common.requiredMarker']) {
      expect(m[key], key).toMatch(/[\u0600-\u06FF]/);
      expect(html, key).toContain(m[key]!.replaceAll('&', '&amp;'));
    }
    // The language preselected is the page's (Arabic), the privacy link is the Arabic page.
    expect(html).toMatch(/<option value="ar" selected="">/);
    expect(html).toContain('href="/ar/privacy"');
    expect(html).not.toMatch(/\b(public|languages|common|errors)\.[a-zA-Z]/);
    expect(html).not.toContain('Naam');
  });

  it('the thanks after a sign-up takes its texts from the form (no next-intl of its own)', async () => {
    const m = await sent('tr');
    const html = renderToStaticMarkup(<SignupConfirmation locale="tr" referralCode="AMB01" headingLevel="h3" t={(k) => m[`public.${k}`]!} />);
    expect(html).toContain(m['public.confirmationTitle']);
    expect(html).toContain('href="/tr?ref=AMB01"');
    expect(html).toContain('href="/tr/intrekken"');
  });

  it('the survey form in Dari, with the step counter filled in and the question hints', async () => {
    const m = await sent('fa-AF', ['survey']);
    const html = renderToStaticMarkup(
      <PlainMessages locale="fa-AF" messages={m}>
        <SurveyForm
          surveyId="7b0c1c8e-0000-4000-8000-000000000001"
          locale="fa-AF"
          link=""
          asksForHelpers
          sections={[{ id: 's1', title: 'بخش', questions: [{ id: 'q1', kind: 'scale', required: true, text: 'سؤال', options: [], showIf: null }] }]}
        />
      </PlainMessages>,
    );
    expect(html).toContain(m['survey.stepOf']!.replace('{current}', '1').replace('{total}', '2'));
    expect(html).toContain(m['survey.scaleHint']);
    expect(html).toContain(m['survey.next']);
    expect(html).not.toMatch(/\b(survey|common)\.[a-zA-Z]/);
  });

  it('a nested PlainMessages adds to the layout\'s: the survey page sends only `survey` on top', async () => {
    const outer = await sent('nl');
    const inner = plainMessages(await loadMessages('nl'), ['survey']);
    const html = renderToStaticMarkup(
      <PlainMessages locale="nl" messages={outer}>
        <PlainMessages locale="nl" messages={inner}>
          <SurveyForm surveyId="x" locale="nl" link="" asksForHelpers={false} sections={[{ id: 's1', title: 'Deel', questions: [{ id: 'q1', kind: 'short_text', required: true, text: 'Vraag', options: [], showIf: null }] }]} />
        </PlainMessages>
      </PlainMessages>,
    );
    expect(html).toContain('Deel 1 van 1');
    expect(html).toContain(`(${outer['common.requiredMarker']})`);
  });
});
