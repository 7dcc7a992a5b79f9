import { describe, expect, it } from 'vitest';
import { organizationSchema } from '@/lib/socialmap/curation/schema';
import { organizationToHsds, serviceFieldsToHsds } from '@/lib/socialmap/hsds/mapping';
import { validatePackage } from '@/lib/socialmap/hsds/validate';
import { sampleOrganization } from '@/lib/socialmap/hsds/test-fixtures';
import type { Json, OrganizationRow, ServiceRow } from '@/lib/socialmap/hsds/types';
import { optionalUrlField, safeUrl } from './url';

const REFUSED = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  '  javascript:alert(1)  ',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u200b:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#x6A;avascript:alert(1)',
  'https://example.org/&#106;',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
  '//evil.example/x',
  '/relative/path',
  'www.example.org',
  'https:\\\\evil.example',
  'https://user:pass@example.org/',
  'http://localhost/',
  'mailto:',
  'tel:abc',
  'https://exa mple.org/',
];

const ALLOWED = [
  'https://www.zoetermeer.nl/taalhuis',
  'http://example.org',
  'HTTPS://EXAMPLE.ORG/Pad?x=1&y=2',
  '  https://example.org/  ',
  'mailto:info@example.org',
  'MAILTO:info@example.org?subject=Vraag',
  'tel:+31791234567',
  'tel:079-123 45 67'.replace(/ /g, ''),
];

describe('safeUrl: http, https, mailto and tel only', () => {
  it.each(REFUSED)('refuses %j', (v) => {
    expect(safeUrl(v)).toBeNull();
  });

  it.each(ALLOWED)('accepts %j', (v) => {
    expect(safeUrl(v)).toBe(v.trim());
  });

  it('refuses what is not text', () => {
    for (const v of [null, undefined, 42, {}, ['https://example.org']]) expect(safeUrl(v)).toBeNull();
  });

  it('the zod field: empty is null, a javascript: URL is the field error urlInvalid', () => {
    expect(optionalUrlField.parse('')).toBeNull();
    expect(optionalUrlField.parse(' https://example.org ')).toBe('https://example.org');
    const r = optionalUrlField.safeParse('javascript:alert(1)');
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('urlInvalid');
  });
});

describe('every place that accepts a URL uses the rule', () => {
  it('the curation form refuses a javascript: website and accepts https', () => {
    const base = { base: '/staff/social-map/manage', name: 'Bieb', description: 'De bibliotheek' };
    const bad = organizationSchema.safeParse({ ...base, website: 'JavaScript:alert(1)' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => [i.path[0], i.message])).toContainEqual(['website', 'urlInvalid']);
    expect(organizationSchema.parse({ ...base, website: 'https://www.bieb.nl' }).website).toBe('https://www.bieb.nl');
  });

  it('an HSDS package with a javascript: / data: / vbscript: URL gets a row error per field', () => {
    const org = sampleOrganization();
    org.website = 'javascript:alert(1)';
    const svc = (org.services as Json[])[0]!;
    svc.url = ' data:text/html,<script>alert(1)</script>';
    const good = sampleOrganization();
    good.website = 'https://example.org';
    (good.services as Json[])[0]!.url = 'mailto:info@example.org';
    const { errors } = validatePackage([org, good], { knownTermIds: new Set(), wijken: new Map() });
    const unsafe = errors.filter((e) => e.code === 'unsafeUrl');
    expect(unsafe.map((e) => e.path).sort()).toEqual(['/organizations/0/services/0/url', '/organizations/0/website']);
    expect(errors.filter((e) => e.path.startsWith('/organizations/1')).map((e) => e.code)).not.toContain('unsafeUrl');
  });

  it('the open API and the export never publish a stored javascript: URL (rows from before the rule)', () => {
    const org: OrganizationRow = { id: 'o1', name: 'Bieb', alternate_name: null, description: 'x', email: null, website: 'javascript:alert(1)', status: 'active', last_modified: new Date() };
    expect(organizationToHsds(org)).not.toHaveProperty('website');
    expect(organizationToHsds({ ...org, website: 'https://www.bieb.nl' }).website).toBe('https://www.bieb.nl');
    const svc = { id: 's1', organization_id: 'o1', name: 'Taalcafé', status: 'active', url: 'vbscript:msgbox(1)', last_modified: new Date() } as unknown as ServiceRow;
    expect(serviceFieldsToHsds(svc, { public: true })).not.toHaveProperty('url');
  });
});
