import { type ColumnSpec, columnSpec } from '@/lib/imports/parse';

/**
 * The administrator's onboarding imports: what a city brings from its spreadsheets. Per kind its
 * columns (the template's header, in this order), the header spellings a file may use, the
 * columns a file must have, and the key column(s) that make a second run update instead of
 * duplicate. Pure, so pages and tests import it cheaply.
 */
export const ONBOARDING_KINDS = ['ambassadors', 'associations', 'network', 'leads', 'providers'] as const;
export type OnboardingKind = (typeof ONBOARDING_KINDS)[number];

export function isOnboardingKind(value: unknown): value is OnboardingKind {
  return typeof value === 'string' && (ONBOARDING_KINDS as readonly string[]).includes(value);
}

export const KIND_FIELDS = {
  ambassadors: ['name', 'email', 'phone', 'languages', 'wijk', 'status', 'referralCode'],
  associations: ['name', 'community', 'contactPerson', 'phone', 'email'],
  network: ['name', 'kind', 'wijk', 'contactPerson', 'phone', 'email', 'visitEveryWeeks'],
  leads: ['name', 'phone', 'email', 'language', 'wijk', 'step', 'planSignedOn', 'source', 'referralCode', 'association', 'networkOrganisation', 'consentBasis', 'signedUpOn'],
  providers: ['name', 'active'],
} as const satisfies Record<OnboardingKind, readonly string[]>;

export type KindField<K extends OnboardingKind> = (typeof KIND_FIELDS)[K][number];
export type OnboardingField = KindField<OnboardingKind>;

/** Spellings beyond the field's own name and its template header (both accepted too). */
const SPELLINGS: Record<OnboardingField, readonly string[]> = {
  name: ['naam', 'volledige naam', 'full name'],
  email: ['e-mail', 'emailadres', 'e-mailadres', 'mail'],
  phone: ['telefoon', 'telefoonnummer', 'tel', 'mobiel', 'phone number', 'mobile'],
  languages: ['talen', 'taal', 'languages spoken'],
  language: ['taal', 'voorkeurstaal', 'preferred language'],
  wijk: ['wijk', 'woonwijk', 'neighbourhood', 'neighborhood'],
  status: ['status', 'fase'],
  referralCode: ['referralcode', 'verwijscode', 'code', 'ref', 'ambassadeurscode', 'ambassador code'],
  community: ['gemeenschap', 'doelgroep'],
  contactPerson: ['contactpersoon', 'contact'],
  kind: ['soort', 'type'],
  visitEveryWeeks: ['bezoek elke weken', 'bezoekfrequentie', 'visit every weeks'],
  step: ['stap', 'fase', 'status'],
  planSignedOn: ['plan getekend op', 'trajectplan getekend op', 'plan signed'],
  source: ['bron', 'herkomst', 'kanaal'],
  association: ['vereniging', 'association'],
  networkOrganisation: ['netwerkorganisatie', 'network organisation', 'network organization'],
  consentBasis: ['toestemming', 'grondslag', 'toestemmingsgrondslag', 'consent'],
  signedUpOn: ['aangemeld op', 'aanmelddatum', 'datum', 'signed up', 'date'],
  active: ['actief'],
};

const REQUIRED: { [K in OnboardingKind]: readonly KindField<K>[] } = {
  ambassadors: ['name'],
  associations: ['name', 'community'],
  network: ['name', 'kind'],
  leads: ['name', 'phone', 'language', 'wijk', 'source', 'consentBasis'],
  providers: ['name'],
};

/** The parser's column spec of a kind; `headers` are the template's column names in both languages. */
export function kindColumns<K extends OnboardingKind>(kind: K, headers: readonly Record<string, string>[] = []): ColumnSpec<KindField<K>> {
  const fields = KIND_FIELDS[kind] as readonly KindField<K>[];
  const names = Object.fromEntries(fields.map((f) => [f, [...headers.map((h) => h[f]).filter((h): h is string => !!h), ...SPELLINGS[f]]])) as unknown as Record<
    KindField<K>,
    readonly string[]
  >;
  return columnSpec(names, REQUIRED[kind]);
}
