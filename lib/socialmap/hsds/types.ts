import type { address, attribute, language, location, organization, phone, schedule, service, service_at_location, taxonomy, taxonomy_term } from '@/db/schema';

export type OrganizationRow = typeof organization.$inferSelect;
/** A service as HSDS knows it (the referral e-mail is Wijkwerf's own routing, not published). */
export type ServiceRow = Omit<typeof service.$inferSelect, 'search_vector' | 'referral_email'>;
export type PhoneRow = typeof phone.$inferSelect;
export type ScheduleRow = typeof schedule.$inferSelect;
export type LanguageRow = typeof language.$inferSelect;
export type LocationRow = typeof location.$inferSelect;
export type AddressRow = typeof address.$inferSelect;
export type ServiceAtLocationRow = typeof service_at_location.$inferSelect;
export type AttributeRow = typeof attribute.$inferSelect;
export type TaxonomyRow = typeof taxonomy.$inferSelect;
export type TaxonomyTermRow = typeof taxonomy_term.$inferSelect;

export interface Wijk {
  id: string;
  code: string;
  name: string;
}

/** A service with everything HSDS nests under it, as the database holds it. */
export interface ServiceAggregate {
  service: ServiceRow;
  organization: OrganizationRow;
  phones: PhoneRow[];
  schedules: ScheduleRow[];
  languages: LanguageRow[];
  attributes: { attribute: AttributeRow; term: TaxonomyTermRow; taxonomy: TaxonomyRow | null }[];
  locations: { sal: ServiceAtLocationRow; location: LocationRow; addresses: AddressRow[]; wijk: Wijk | null }[];
  /** The wijken the service serves (service_neighbourhood). */
  wijken: Wijk[];
}

/** HSDS JSON: a plain object (field names stay HSDS's). */
export type Json = Record<string, unknown>;
