import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { FailedRow, ValidRow } from '@/lib/imports/validate';
import { importText } from './shared';

/** Valid rows shown on the page; the rest are counted (a 5,000-row table helps no one). */
const SHOWN_VALID = 200;
const FIELD_ORDER = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'] as const;

/** The rows that cannot be imported, with what is wrong, and the file of them to correct. */
export async function FailedRows({ batchId, failed }: { batchId: string; failed: FailedRow[] }) {
  const { t, fieldName, message } = await importText();
  return (
    <Section id="failed" title={t('failedTitle')} card className="mt-6">
      <p className="mt-1">{t('failedIntro')}</p>
      <p className="mt-2">
        <a href={`/association/import/${batchId}/failed`} className="text-brand-700 underline" download>
          {t('downloadFailed')}
        </a>
      </p>
      <DataTable caption={t('failedTitle')} captionHidden columns={[{ header: t('colRow') }, { header: fieldName('name') }, { header: fieldName('phone') }, { header: t('colProblem') }]} className="mt-3" data-testid="failed-rows">
        {failed.map((f) => (
          <Tr key={f.row} data-row={f.row}>
            <RowHeader>{f.row}</RowHeader>
            <Td>{f.values.name}</Td>
            <Td dir="ltr">{f.values.phone}</Td>
            <Td>
              <ul>
                {FIELD_ORDER.filter((k) => f.errors[k]).map((k) => (
                  <li key={k}>
                    <strong>{fieldName(k)}:</strong> {message(f.errors[k]!, f.errorValues?.[f.errors[k]!])}
                  </li>
                ))}
              </ul>
            </Td>
          </Tr>
        ))}
      </DataTable>
    </Section>
  );
}

/** The rows that will be imported (the first 200), with a warning where the number is known already. */
export async function ValidRows({ valid }: { valid: ValidRow[] }) {
  const { t, fieldName } = await importText();
  const tl = await getTranslations('languages');
  const languageName = (code: string) => (tl.has(code as never) ? tl(code as never) : code);
  return (
    <Section id="valid" title={t('validTitle')} card className="mt-6">
      <DataTable
        caption={t('validTitle')}
        captionHidden
        columns={[{ header: t('colRow') }, { header: fieldName('name') }, { header: fieldName('phone') }, { header: fieldName('language') }, { header: t('colNotice') }]}
        className="mt-3"
        data-testid="valid-rows"
      >
        {valid.slice(0, SHOWN_VALID).map((r) => (
          <Tr key={r.row} data-row={r.row}>
            <RowHeader>{r.row}</RowHeader>
            <Td>{r.name}</Td>
            <Td dir="ltr">{r.phone}</Td>
            <Td>{languageName(r.language)}</Td>
            <Td>{r.known ? t('knownWarning') : null}</Td>
          </Tr>
        ))}
      </DataTable>
      {valid.length > SHOWN_VALID ? <p className="mt-2">{t('moreValid', { count: valid.length - SHOWN_VALID })}</p> : null}
    </Section>
  );
}
