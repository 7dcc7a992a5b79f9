import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { leads, reportVersions, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createLead } from '@/lib/leads/create';
import { pdfText } from '@/lib/testing/pdf-text';
import { maskCount } from '@/lib/diversity/queries';
import { addCost, costsInPeriod } from './costs';
import { getVersion, saveVersion } from './evaluation';
import { evaluationPdf } from './pdf';
import { costSchema } from './schema';

describe.each(testDrivers)('costs and the evaluation report on $name', ({ open }) => {
  let h: DbHandle;
  let coordinator: string;
  const p = { preset: 'custom' as const, from: '2026-07-01', to: '2026-12-31' };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@example.org', name: 'Co', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    coordinator = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('spreads a cost over its days, applies the coaching default where no entry covers, and reads amounts as typed in euros', async () => {
    expect(costSchema.parse({ category: 'flyers', startsOn: '2026-07-01', endsOn: '2026-07-01', amount: '1.250,50' }).amount).toBe(125_050);
    expect(costSchema.safeParse({ category: 'flyers', startsOn: '2026-07-02', endsOn: '2026-07-01', amount: '-3' }).success).toBe(false);
    // The project worker by the hour: 2 weeks × 24 hours × EUR 30; other categories need an amount.
    expect(costSchema.parse({ category: 'project_worker', startsOn: '2026-07-01', endsOn: '2026-07-14', amount: '', hourlyRate: '30,00' }).amount).toBe(1_440_00);
    expect(costSchema.parse({ category: 'project_worker', startsOn: '2026-07-01', endsOn: '2026-07-07', hourlyRate: '30', hoursPerWeek: '10' }).amount).toBe(300_00);
    expect(costSchema.parse({ category: 'project_worker', startsOn: '2026-07-01', endsOn: '2026-07-07', amount: '100', hourlyRate: '30' }).amount).toBe(100_00);
    expect(costSchema.safeParse({ category: 'flyers', startsOn: '2026-07-01', endsOn: '2026-07-01', hourlyRate: '30' }).success).toBe(false);
    expect(costSchema.safeParse({ category: 'project_worker', startsOn: '2026-07-01', endsOn: '2026-07-01', hourlyRate: '30', hoursPerWeek: '99' }).success).toBe(false);
    // A year of VOGs: 184 of its 365 days fall in the half-year.
    await addCost(h.db, coordinator, { category: 'vog', startsOn: '2026-01-01', endsOn: '2026-12-31', amount: 365_00, note: null });
    await addCost(h.db, coordinator, { category: 'flyers', startsOn: '2026-08-01', endsOn: '2026-08-01', amount: 500_00, note: null });
    const c = await costsInPeriod(h.db, p);
    const line = (k: string) => c.lines.find((l) => l.category === k)!;
    expect(line('vog').cents).toBe(184_00);
    expect(line('flyers').cents).toBe(500_00);
    // No coaching entry: 184 days of EUR 22,800 a year.
    expect(line('coaching_bureau')).toMatchObject({ cents: Math.round((2_280_000 * 184) / 365), byDefault: true });
    expect(c.totalCents).toBe(c.lines.reduce((s, l) => s + l.cents, 0));
  });

  it('freezes a published version: later sign-ups change the live figures, not the published ones', async () => {
    await h.db.transaction((tx) =>
      createLead(tx, { name: 'A', phone: '+31611111111', language: 'ar', neighbourhood: 'other' }, { source: 'public', duplicate: 'flag', consentVersion: 't', now: new Date('2026-09-01T10:00:00Z') }),
    );
    const id = await saveVersion(h.db, coordinator, { period: p, narratives: { why: 'Omdat het werkt.' }, publish: true }, '2026-12-31');
    const v = (await getVersion(h.db, id))!;
    expect(v.status).toBe('published');
    const frozen = v.snapshot as { report: { funnel: { total: { count: number } } } };
    expect(frozen.report.funnel.total.count).toBe(1);
    await h.db.transaction((tx) =>
      createLead(tx, { name: 'B', phone: '+31622222222', language: 'ar', neighbourhood: 'other' }, { source: 'public', duplicate: 'flag', consentVersion: 't', now: new Date('2026-09-02T10:00:00Z') }),
    );
    // Saving again makes a new draft; the published version keeps its text and figures.
    const draft = await saveVersion(h.db, coordinator, { period: p, narratives: { why: 'Nieuw' }, publish: false }, '2026-12-31');
    expect(draft).not.toBe(id);
    const again = (await getVersion(h.db, id))!;
    expect(again.narratives).toEqual({ why: 'Omdat het werkt.' });
    expect((again.snapshot as typeof frozen).report.funnel.total.count).toBe(1);
    // The evaluation's own figures and the referrals are frozen with it.
    const snap = again.snapshot as { figures: { corps: { byStatus: unknown[] } }; report: { referrals: { themes: unknown[] } } };
    expect(snap.figures.corps.byStatus.length).toBeGreaterThan(0);
    expect(snap.report.referrals.themes).toEqual([]);
    expect(await h.db.$count(reportVersions, eq(reportVersions.status, 'draft'))).toBe(1);
    expect(await h.db.$count(leads)).toBe(2);
  });

  it('writes the PDF with the report’s headings, its text and "<5" as shown', async () => {
    const bytes = await evaluationPdf({
      title: 'Evaluatierapport',
      subtitle: 'Periode: 2026-07-01 tot en met 2026-12-31',
      sections: [
        { title: 'Waarom ambassadeurs?', narrative: 'Sleutelfiguren bereiken mensen informeel.', tables: [{ title: 'Per kanaal', columns: ['Kanaal', 'Aanmeldingen'], rows: [['Ambassadeurs', '12']] }] },
        { title: 'Profiel en diversiteit van de groep', narrative: null, tables: [{ title: 'Achtergrond', columns: ['Achtergrond', 'Ambassadeurs'], rows: [['Afghaans', maskCount(3)]] }] },
      ],
    });
    const { lines, fonts } = await pdfText(bytes);
    const text = lines.join('\n');
    for (const s of ['Evaluatierapport', 'Waarom ambassadeurs?', 'Profiel en diversiteit van de groep', 'Sleutelfiguren bereiken mensen informeel.', 'Per kanaal', '<5']) expect(text).toContain(s);
    expect(text).not.toContain('Afghaans\n3');
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('draws the bar charts in the PDF with each bar’s label and figure as text, headings intact', async () => {
    const sections = [
      {
        title: 'Waarom ambassadeurs?',
        narrative: null,
        tables: [
          {
            title: 'Per kanaal',
            columns: ['Kanaal', 'Aanmeldingen'],
            rows: [
              ['Ambassadeurs', '12'],
              ['Website', '3'],
            ],
            chart: [
              { label: 'Ambassadeurs', value: 12 },
              { label: 'Website', value: 3, display: '3 (25%)' },
            ],
          },
        ],
      },
      { title: 'Kosten', narrative: null, tables: [{ title: 'Kosten per categorie', columns: ['Categorie', 'Bedrag'], rows: [['Flyers', '€ 500,00']], chart: [{ label: 'Flyers', value: 50000, display: '€ 500,00' }] }] },
    ];
    const withCharts = await evaluationPdf({ title: 'Evaluatierapport', subtitle: 'Periode', sections });
    const without = await evaluationPdf({ title: 'Evaluatierapport', subtitle: 'Periode', sections: sections.map((s) => ({ ...s, tables: s.tables.map((t) => ({ ...t, chart: undefined })) })) });
    const { lines } = await pdfText(withCharts);
    const text = lines.join('\n');
    for (const s of ['Evaluatierapport', 'Waarom ambassadeurs?', 'Per kanaal', 'Kosten', 'Kosten per categorie', '3 (25%)', '€ 500,00']) expect(text).toContain(s);
    // The chart's labels stand next to the table's: each appears twice.
    expect(text.match(/Website/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(withCharts.length).toBeGreaterThan(without.length);
  });
});
