import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { getMessageText } from '@/lib/i18n/message';
import type { FailedRow } from '@/lib/imports/validate';
import { KIND_FIELDS, type OnboardingKind } from '@/lib/onboarding/kinds';

const SHOWN = 200;

/** The rows with an error and what is wrong, field by field, in the kind's column order. */
export async function OnboardingFailedRows({ kind, failed }: { kind: OnboardingKind; failed: FailedRow[] }) {
  const t = await getTranslations('onboardingImport');
  const message = await getMessageText();
  const fields = KIND_FIELDS[kind] as readonly string[];
  return (
    <Section id="failed" title={t('failedTitle')} card className="mt-6">
      <p className="mt-1">{t('failedIntro')}</p>
      <DataTable caption={t('failedTitle')} captionHidden columns={[{ header: t('colRow') }, { header: t('fields.name') }, { header: t('colProblem') }]} className="mt-3" data-testid="failed-rows">
        {failed.slice(0, SHOWN).map((f) => (
          <Tr key={f.row} data-row={f.row}>
            <RowHeader>{f.row}</RowHeader>
            <Td>{f.values.name}</Td>
            <Td>
              <ul>
                {fields
                  .filter((k) => f.errors[k])
                  .map((k) => (
                    <li key={k}>
                      <strong>{t(`fields.${k}` as never)}:</strong> {message(f.errors[k]!, f.errorValues?.[f.errors[k]!])}
                    </li>
                  ))}
              </ul>
            </Td>
          </Tr>
        ))}
      </DataTable>
      {failed.length > SHOWN ? <p className="mt-2">{t('moreValid', { count: failed.length - SHOWN })}</p> : null}
    </Section>
  );
}

/** The rows that will be imported (the first 200): the row and the name. */
export async function OnboardingValidRows({ rows }: { rows: Record<string, string | null>[] }) {
  const t = await getTranslations('onboardingImport');
  return (
    <Section id="valid" title={t('validTitle')} card className="mt-6">
      <DataTable caption={t('validTitle')} captionHidden columns={[{ header: t('colRow') }, { header: t('fields.name') }]} className="mt-3" data-testid="valid-rows">
        {rows.slice(0, SHOWN).map((r) => (
          <Tr key={r.row} data-row={r.row}>
            <RowHeader>{r.row}</RowHeader>
            <Td>{r.name}</Td>
          </Tr>
        ))}
      </DataTable>
      {rows.length > SHOWN ? <p className="mt-2">{t('moreValid', { count: rows.length - SHOWN })}</p> : null}
    </Section>
  );
}
