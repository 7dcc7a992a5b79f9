import { describe, expect, it } from 'vitest';
import { serviceFromHsds, serviceToHsds, stableUuid, taxonomyTermToHsds, termFromHsds } from './mapping';
import { describeHours, hoursFromSchedules, normaliseTime, schedulesFromHours } from '../opening-hours';
import { schemaErrors } from './test-fixtures';
import type { ServiceAggregate } from './types';

const ORG = '11111111-1111-4111-8111-111111111111';
const SVC = '22222222-2222-4222-8222-222222222222';
const TERM = '33333333-3333-4333-8333-333333333333';
const TAX = '44444444-4444-4444-8444-444444444444';
const LOC = '55555555-5555-4555-8555-555555555555';

function aggregate(): ServiceAggregate {
  return {
    service: {
      id: SVC,
      organization_id: ORG,
      name: 'Taalcafé',
      alternate_name: null,
      description: 'Samen Nederlands oefenen.',
      url: 'https://example.org/taalcafe',
      email: 'taal@example.org',
      status: 'active',
      interpretation_services: null,
      application_process: 'Gewoon binnenlopen.',
      fees_description: 'Gratis',
      eligibility_description: null,
      assured_date: '2025-05-01',
      assurer_email: 'coordinator@wijkwerf.test',
      alert: null,
      last_modified: new Date('2025-05-01T10:00:00Z'),
    },
    organization: { id: ORG, name: 'Bibliotheek', alternate_name: null, description: 'De bieb.', email: null, website: null, status: 'active', last_modified: new Date() },
    phones: [{ id: '66666666-6666-4666-8666-666666666666', service_id: SVC, location_id: null, organization_id: null, contact_id: null, service_at_location_id: null, number: '079 000 00 00', extension: null, type: 'voice', description: null }],
    schedules: [
      { id: '77777777-7777-4777-8777-777777777777', service_id: SVC, location_id: null, service_at_location_id: null, valid_from: null, valid_to: null, freq: 'WEEKLY', byday: 'TU,TH', opens_at: '19:00:00', closes_at: '21:00:00', description: null, notes: null },
    ],
    languages: [{ id: '88888888-8888-4888-8888-888888888888', service_id: SVC, location_id: null, phone_id: null, name: 'Nederlands', code: 'nl', note: null }],
    attributes: [
      {
        attribute: { id: '99999999-9999-4999-8999-999999999999', link_id: SVC, link_entity: 'service', link_type: 'theme', taxonomy_term_id: TERM, value: null },
        term: { id: TERM, code: 'taal', name: 'Taal', description: 'Taal leren', parent_id: null, taxonomy: null, language: 'nl', taxonomy_id: TAX, term_uri: null },
        taxonomy: { id: TAX, name: 'Thema’s', description: 'Thema’s van de sociale kaart', uri: null, version: '1' },
      },
    ],
    locations: [
      {
        sal: { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', service_id: SVC, location_id: LOC, description: null },
        location: { id: LOC, location_type: 'physical', organization_id: ORG, name: 'Bieb Centrum', description: null, transportation: null, latitude: 52.06, longitude: 4.49, neighbourhood_id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' },
        addresses: [{ id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', location_id: LOC, address_1: 'Stadhuisplein 2', address_2: null, city: 'Zoetermeer', region: null, state_province: 'Zuid-Holland', postal_code: '2711 EC', country: 'NL', address_type: 'physical' }],
        wijk: { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', code: 'centrum', name: 'Centrum' },
      },
    ],
    wijken: [{ id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', code: 'centrum', name: 'Centrum' }],
  };
}

describe('schedules ⇄ weekly opening hours', () => {
  it('reads the days and times of weekly schedules', () => {
    expect(
      hoursFromSchedules([
        { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00:00', closes_at: '12:00:00' },
        { freq: 'WEEKLY', byday: 'FR', opens_at: '13:00', closes_at: '17:30' },
        { freq: 'MONTHLY', byday: 'SA', opens_at: '10:00', closes_at: '11:00' },
      ]),
    ).toEqual({ MO: { opens: '09:00', closes: '12:00' }, WE: { opens: '09:00', closes: '12:00' }, FR: { opens: '13:00', closes: '17:30' } });
  });

  it('groups days with the same hours into one schedule, in week order', () => {
    expect(
      schedulesFromHours({ FR: { opens: '09:00', closes: '12:00' }, MO: { opens: '09:00', closes: '12:00' }, TU: { opens: '13:00', closes: '16:00' } }),
    ).toEqual([
      { freq: 'WEEKLY', byday: 'MO,FR', opens_at: '09:00', closes_at: '12:00' },
      { freq: 'WEEKLY', byday: 'TU', opens_at: '13:00', closes_at: '16:00' },
    ]);
  });

  it('round-trips hours → schedules → hours', () => {
    const hours = { MO: { opens: '08:30', closes: '17:00' }, SA: { opens: '10:00', closes: '12:00' } };
    expect(hoursFromSchedules(schedulesFromHours(hours))).toEqual(hours);
  });

  it('accepts times as people type them and rejects impossible ones', () => {
    expect(normaliseTime('9:05')).toBe('09:05');
    expect(normaliseTime('17:00:00')).toBe('17:00');
    expect(normaliseTime('24:00')).toBeNull();
    expect(normaliseTime('9 uur')).toBeNull();
  });

  it('describes the hours for the CSV', () => {
    expect(describeHours({ MO: { opens: '09:00', closes: '12:00' }, WE: { opens: '13:00', closes: '15:00' } }, (d) => ({ MO: 'ma', WE: 'wo' })[d as 'MO'] ?? d)).toBe(
      'ma 09:00-12:00, wo 13:00-15:00',
    );
  });
});

describe('DB service → HSDS service JSON', () => {
  it('is a valid HSDS service with its phones, schedules, languages, location and themes', () => {
    const json = serviceToHsds(aggregate(), { withOrganization: true, public: true });
    expect(schemaErrors('service', json)).toEqual([]);
    expect(json).toMatchObject({
      id: SVC,
      name: 'Taalcafé',
      status: 'active',
      assured_date: '2025-05-01',
      last_modified: '2025-05-01T10:00:00.000Z',
      organization: { id: ORG, name: 'Bibliotheek' },
      schedules: [{ byday: 'TU,TH', opens_at: '19:00', closes_at: '21:00', freq: 'WEEKLY' }],
      languages: [{ code: 'nl', name: 'Nederlands' }],
      service_areas: [{ name: 'Centrum', description: 'centrum' }],
      attributes: [{ taxonomy_term_id: TERM, taxonomy_term: { id: TERM, name: 'Taal', taxonomy_detail: { id: TAX } } }],
    });
    const loc = (json.service_at_locations as { location: Record<string, unknown> }[])[0]!.location;
    expect(loc).toMatchObject({ id: LOC, external_identifier: 'centrum', external_identifier_type: 'wijk', addresses: [{ postal_code: '2711 EC' }] });
  });

  it('leaves out empty fields (HSDS strings are not nullable) and, for the public, the assurer’s e-mail', () => {
    const pub = serviceToHsds(aggregate(), { public: true });
    expect(pub).not.toHaveProperty('alternate_name');
    expect(pub).not.toHaveProperty('assurer_email');
    expect(JSON.stringify(pub)).not.toContain('coordinator@wijkwerf.test');
    expect(serviceToHsds(aggregate())).toHaveProperty('assurer_email', 'coordinator@wijkwerf.test');
  });

  it('gives a wijk the same service-area id every time', () => {
    expect(stableUuid(SVC, 'centrum')).toBe(stableUuid(SVC, 'centrum'));
    expect(stableUuid(SVC, 'centrum')).not.toBe(stableUuid(SVC, 'noord'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('HSDS service JSON → DB rows', () => {
  it('maps back to the same rows, keeping every id', () => {
    const agg = aggregate();
    const rows = serviceFromHsds(serviceToHsds(agg), ORG);
    expect(rows.service).toMatchObject({ id: SVC, organization_id: ORG, name: 'Taalcafé', status: 'active', assured_date: '2025-05-01', assurer_email: 'coordinator@wijkwerf.test' });
    expect(rows.phones.map((p) => [p.id, p.number])).toEqual([[agg.phones[0]!.id, '079 000 00 00']]);
    expect(rows.schedules[0]).toMatchObject({ id: agg.schedules[0]!.id, byday: 'TU,TH', opens_at: '19:00', closes_at: '21:00' });
    expect(rows.languages[0]).toMatchObject({ id: agg.languages[0]!.id, code: 'nl' });
    expect(rows.attributes[0]).toMatchObject({ id: agg.attributes[0]!.attribute.id, taxonomy_term_id: TERM, term: { term: { id: TERM, name: 'Taal' }, taxonomy: { id: TAX } } });
    expect(rows.locations[0]).toMatchObject({ sal: { id: agg.locations[0]!.sal.id }, location: { id: LOC, latitude: 52.06 }, wijkCode: 'centrum' });
    expect(rows.locations[0]!.addresses[0]).toMatchObject({ address_1: 'Stadhuisplein 2', postal_code: '2711 EC' });
    expect(rows.areas).toEqual([{ code: 'centrum', name: 'Centrum' }]);
  });

  it('maps a taxonomy term with its taxonomy both ways', () => {
    const a = aggregate().attributes[0]!;
    const json = taxonomyTermToHsds(a.term, a.taxonomy);
    expect(schemaErrors('taxonomy_term', json)).toEqual([]);
    expect(termFromHsds(json)).toEqual({ term: { ...a.term, taxonomy: 'Thema’s' }, taxonomy: a.taxonomy });
  });
});
