import { CITY_PHONE } from '@/lib/public-page/defaults';

/**
 * The pilot's privacy defaults (pure: the public privacy page, the settings form and the tests read
 * them). The privacy statement's texts (messages `privacy`) say the same; change both together.
 */

/** The kinds of data-subject request staff can log when one comes in by phone, at the desk or by letter. */
export const INCOMING_KINDS = ['access', 'erasure', 'correction', 'withdrawal'] as const;
export type IncomingKind = (typeof INCOMING_KINDS)[number];

/** Kinds of data with a retention period in months, counted from the moment named per kind. */
export const RETENTION_KINDS = ['closedLeads', 'completedLeads', 'referralDetails', 'surveyAnswers', 'receipts', 'auditLog'] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

export const RETENTION_DEFAULTS: Record<RetentionKind, number> = {
  /** Two years after the last step (the privacy statement's promise). */
  closedLeads: 24,
  completedLeads: 24,
  /** A referral's name, number and reason: one year after its last update once it is finished. */
  referralDetails: 12,
  /** A survey's written answers (they may say anything about someone): two years after they were given. Choices and scales stay for the results. */
  surveyAnswers: 24,
  /** Receipts of paid allowances: seven years (fiscal retention duty). */
  receipts: 84,
  /** The audit log: five years. */
  auditLog: 60,
};

/**
 * The privacy statement's "how long" for leads (message `privacy.howLongText`): the longer of the
 * two lead periods, in whole years when it is one, else in months.
 */
export function statementPeriod(retention: Pick<Record<RetentionKind, number>, 'closedLeads' | 'completedLeads'>): { unit: 'year' | 'month'; count: number } {
  const months = Math.max(retention.closedLeads, retention.completedLeads);
  return months % 12 === 0 ? { unit: 'year', count: months / 12 } : { unit: 'month', count: months };
}

/** An association's import preview never confirmed: deleted with its rows after this many hours (a setting). */
export const IMPORT_PREVIEW_HOURS_DEFAULT = 24;
/** The most hours the setting allows (30 days). */
export const IMPORT_PREVIEW_HOURS_MAX = 720;

/** Fixed in the software (not settings): shown on the retention page and counted by the dry run. */
export const FIXED_RETENTION = { importFailedRowsDays: 14, pendingHsdsHours: 24 } as const;

export const REGISTER_FIELDS = ['controller', 'purposes', 'subjects', 'dataCategories', 'recipients', 'transfers', 'retention', 'security'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** The processing register (art. 30 AVG) as the pilot filled it in; the administrator can change it. */
export const REGISTER_DEFAULTS: Record<RegisterField, string> = {
  controller: 'Gemeente (college van burgemeester en wethouders), verantwoordelijk voor het programma Wijkwerf.',
  purposes:
    'Bewoners die Nederlands willen leren in contact brengen met taalaanbod en inburgering; hen daarbij begeleiden; doorverwijzen naar hulp in de wijk; het ambassadeursprogramma uitvoeren (diensten, vergoedingen, training, coaching); verantwoording met cijfers.',
  subjects: 'Bewoners die zich aanmelden of worden aangemeld; ambassadeurs; medewerkers van de gemeente, verenigingen en organisaties.',
  dataCategories:
    'Bewoners: naam, telefoonnummer, e-mail (als gegeven), taal, wijk, stappen in de begeleiding, belemmeringen, notities, doorverwijzingen. Ambassadeurs: contactgegevens, beschikbaarheid, vergoedingen en bonnen, training, coaching, achtergrond (alleen geteld getoond, "<5" bij 1–4).',
  recipients:
    'Taalaanbieders (naam en telefoonnummer bij een aanbod, alleen na toestemming); organisaties op de sociale kaart (voornaam en telefoonnummer bij een verwijzing, alleen na toestemming). Geen andere ontvangers.',
  transfers: 'Geen doorgifte buiten de Europese Economische Ruimte.',
  retention:
    'Aanmeldingen: twee jaar na de laatste stap, daarna anoniem voor de cijfers. Gegevens bij een verwijzing: een jaar na afronding. Geschreven antwoorden op de enquête: twee jaar. Bonnen: zeven jaar. Auditlog: vijf jaar. Importbestanden: een dag (voorbeeld) en veertien dagen (fouten).',
  security:
    'Toegang per rol (alleen wat nodig is), wachtwoorden met argon2id, versleutelde verbinding, auditlog van inzage en wijzigingen zonder persoonsgegevens en met een controleketen (hash), verwijderen met vier ogen, dagelijks opschonen volgens de bewaartermijnen.',
};

/** The privacy officer's contact as the pilot's statement gave it (the municipality's general number and address). */
export const OFFICER_DEFAULTS = { name: '', email: 'privacy@zoetermeer.nl', phone: CITY_PHONE } as const;
