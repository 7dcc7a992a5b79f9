import { getTranslations } from 'next-intl/server';
import type { PersonData } from '@/lib/privacy/queries';
import { Heading } from '@/app/_components/ui/heading';

/** A stored value as readable text: dates in ISO, objects and lists as JSON, empty as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Every table's rows about the person, each row as a list of its fields (the readable export and the search result). */
export async function PersonTables({ data, locale }: { data: PersonData; locale?: string }) {
  const t = locale ? await getTranslations({ locale, namespace: 'privacyExport' }) : await getTranslations('privacyExport');
  return (
    <>
      {data.tables.map(({ table, rows }) => (
        <section key={table} className="mb-6 break-inside-avoid" aria-labelledby={`t-${table}`}>
          <Heading level={3} id={`t-${table}`}>
            {t.has(`tables.${table}`) ? t(`tables.${table}`) : table} ({rows.length})
          </Heading>
          {rows.length === 0 ? (
            <p className="text-slate-700">{t('noRows')}</p>
          ) : (
            rows.map((row, i) => (
              <dl key={i} className="mt-2 grid grid-cols-[minmax(8rem,max-content)_1fr] gap-x-4 rounded border border-slate-300 bg-white p-2 text-sm">
                {Object.entries(row).map(([k, v]) => (
                  <div key={k} className="contents">
                    <dt className="font-semibold">{k}</dt>
                    <dd className="break-all">{show(v)}</dd>
                  </div>
                ))}
              </dl>
            ))
          )}
        </section>
      ))}
    </>
  );
}
