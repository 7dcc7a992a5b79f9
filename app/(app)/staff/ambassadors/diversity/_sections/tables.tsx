import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { BarTable, DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { DiversityOverview, Gap } from '@/lib/diversity/queries';
import { LEADS_PER_SPEAKER_LIMIT, SMALL_COUNT, maskCount } from '@/lib/diversity/queries';

/** A language's name in the page's language (the code when there is none). */
async function languageName() {
  const tl = await getTranslations('languages');
  return (code: string) => (tl.has(code) ? tl(code) : code);
}

/** The gaps as sentences ("12 open leads prefer Tigrinya; no active ambassador speaks it."). */
export async function GapsSection({ gaps }: { gaps: Gap[] }) {
  const t = await getTranslations('diversity');
  const lang = await languageName();
  const sentence = (g: Gap) =>
    g.kind === 'languageNoSpeaker'
      ? t('gap.languageNoSpeaker', { count: g.openLeads, language: lang(g.code) })
      : g.kind === 'languageFewSpeakers'
        ? t('gap.languageFewSpeakers', { count: g.openLeads, language: lang(g.code), ambassadors: g.ambassadors })
        : t('gap.wijkNoAmbassador', { count: g.openLeads, wijk: g.name });
  return (
    <Section id="gaps" title={t('gapsTitle')} card className="mt-4 max-w-3xl" data-testid="gaps">
      {gaps.length ? (
        <ul className="mt-2 list-disc ps-6">
          {gaps.map((g) => (
            <li key={`${g.kind}-${g.code}`}>{sentence(g)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t('noGaps')}</p>
      )}
      <p className="mt-2 text-sm">{t('gapRule', { limit: LEADS_PER_SPEAKER_LIMIT })}</p>
    </Section>
  );
}

/** Languages and wijken: active ambassadors next to open leads. */
export async function SideBySideSections({ o }: { o: DiversityOverview }) {
  const t = await getTranslations('diversity');
  const lang = await languageName();
  const columns = (first: string) => [{ header: first }, { header: t('col.ambassadors'), numeric: true }, { header: t('col.openLeads'), numeric: true }];
  return (
    <>
      <Section id="languages" title={t('languagesTitle')} className="mt-6 max-w-3xl">
        <DataTable caption={t('languagesCaption')} captionHidden columns={columns(t('col.language'))} rowCount={o.languages.length} empty={t('none')} data-testid="languages">
          {o.languages.map((r) => (
            <Tr key={r.code}>
              <RowHeader>{lang(r.code)}</RowHeader>
              <Td numeric>{r.ambassadors}</Td>
              <Td numeric>{r.openLeads}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="wijken" title={t('wijkenTitle')} className="mt-6 max-w-3xl">
        <DataTable caption={t('wijkenCaption')} captionHidden columns={columns(t('col.wijk'))} rowCount={o.wijken.length} empty={t('none')} data-testid="wijken">
          {o.wijken.map((r) => (
            <Tr key={r.code ?? '-'}>
              <RowHeader>{r.name ?? t('noWijk')}</RowHeader>
              <Td numeric>{r.ambassadors}</Td>
              <Td numeric>{r.openLeads}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}

/** Background (aggregated, 1–4 as "<5", no bar that would give the figure away) and NT2 level. */
export async function CorpsSections({ o }: { o: DiversityOverview }) {
  const t = await getTranslations('diversity');
  return (
    <>
      <Section id="background" title={t('backgroundTitle')} className="mt-6 max-w-3xl">
        <p className="mt-1">{t('backgroundNote', { mask: `<${SMALL_COUNT}` })}</p>
        <DataTable
          caption={t('backgroundCaption')}
          captionHidden
          columns={[{ header: t('col.background') }, { header: t('col.ambassadors'), numeric: true }]}
          rowCount={o.backgrounds.length}
          empty={t('none')}
          data-testid="background"
        >
          {o.backgrounds.map((r) => (
            <Tr key={r.label ?? '-'}>
              <RowHeader>{r.label ?? t('notRecorded')}</RowHeader>
              <Td numeric>{maskCount(r.count)}</Td>
            </Tr>
          ))}
        </DataTable>
      </Section>
      <Section id="nt2" title={t('nt2Title')} className="mt-6 max-w-3xl">
        <BarTable
          caption={t('nt2Caption')}
          captionHidden
          labelHeader={t('col.level')}
          countHeader={t('col.ambassadors')}
          barHeader={t('col.bar')}
          rows={o.nt2.map((r) => ({ key: r.level ?? '-', label: r.level ?? t('unknownLevel'), count: r.count }))}
          data-testid="nt2"
        />
      </Section>
    </>
  );
}
