import { describe, expect, it } from 'vitest';
import { AREAS, ROLES, type Area, type Permission, type Role, can, canEnterArea, homeAreaFor, homePathFor, isRole, requiresTwoFactor } from './permissions';

/** The product decision: which area each role works in. Exactly one each. */
const OWN_AREA: Record<Role, Area> = {
  admin: 'admin',
  coordinator: 'staff',
  caseworker: 'staff',
  ambassador: 'ambassador',
  association: 'association',
  coach: 'coach',
  provider: 'provider',
};

/** Who may do what (from the brief); everything not listed is refused. */
const ALLOWED: Record<Permission, readonly Role[]> = {
  'users.manage': ['admin'],
  'audit.view': ['admin'],
  'settings.manage': ['admin'],
  'shifts.manage': ['coordinator'],
  'expenses.manage': ['coordinator'],
  'ambassador.self': ['ambassador'],
  'association.self': ['association'],
  'provider.self': ['provider'],
  'courses.view': ['coordinator', 'caseworker', 'ambassador'],
  'associations.manage': ['coordinator'],
  'network.manage': ['coordinator'],
  'socialmap.use': ['coordinator', 'caseworker', 'ambassador'],
  'referrals.update': ['coordinator', 'caseworker'],
  'socialmap.curate': ['admin', 'coordinator'],
  'leads.merge': ['coordinator', 'caseworker'],
  'leads.view': ['coordinator', 'caseworker'],
  'leads.work': ['coordinator', 'caseworker'],
  'intake.desk': ['coordinator', 'caseworker'],
  'intake.checklist': ['coordinator', 'caseworker', 'coach'],
  'programme.manage': ['coordinator'],
  'reports.view': ['coordinator', 'caseworker'],
  'reports.manage': ['coordinator'],
  'corps.manage': ['coordinator'],
  'training.manage': ['coordinator'],
  'training.self': ['ambassador'],
  'coaching.manage': ['coordinator', 'coach'],
  'coaching.self': ['ambassador'],
  'notifications.outbox': ['admin'],
  'privacy.requests': ['coordinator'],
  'privacy.settings': ['admin'],
  'publicPage.settings': ['admin'],
  'sessions.settings': ['admin'],
  'notifications.broadcast': ['coordinator'],
  'survey.manage': ['coordinator'],
  'notifications.self': ['admin', 'coordinator', 'caseworker', 'coach', 'ambassador', 'association', 'provider'],
  'account.security': ['admin', 'coordinator', 'caseworker', 'coach', 'ambassador', 'association', 'provider'],
  'users.invite': ['admin', 'coordinator'],
  'onboarding.import': ['admin'],
};

describe('canEnterArea', () => {
  it('knows every role and every area', () => {
    expect([...ROLES].sort()).toEqual(Object.keys(OWN_AREA).sort());
    expect([...AREAS].sort()).toEqual(['admin', 'ambassador', 'association', 'coach', 'provider', 'staff']);
  });

  for (const role of ROLES) {
    it(`${role} enters only the ${OWN_AREA[role]} area`, () => {
      const entered = AREAS.filter((area) => canEnterArea(role, area));
      expect(entered).toEqual([OWN_AREA[role]]);
    });
  }

  it('keeps staff out of the admin area and the admin out of the staff area', () => {
    expect(canEnterArea('coordinator', 'admin')).toBe(false);
    expect(canEnterArea('caseworker', 'admin')).toBe(false);
    expect(canEnterArea('admin', 'staff')).toBe(false);
    expect(canEnterArea('ambassador', 'association')).toBe(false);
    expect(canEnterArea('association', 'ambassador')).toBe(false);
  });
});

describe('homePathFor / homeAreaFor', () => {
  it.each([
    ['admin', '/admin'],
    ['coordinator', '/staff'],
    ['caseworker', '/staff'],
    ['ambassador', '/ambassador'],
    ['association', '/association'],
    ['coach', '/coach'],
    ['provider', '/provider'],
  ] as const)('%s lands on %s', (role, path) => {
    expect(homePathFor(role)).toBe(path);
  });

  it('always lands in an area the role may enter', () => {
    for (const role of ROLES) expect(canEnterArea(role, homeAreaFor(role))).toBe(true);
  });
});

describe('can', () => {
  for (const [permission, roles] of Object.entries(ALLOWED) as [Permission, readonly Role[]][]) {
    it(`${permission}: only ${roles.join(', ')}`, () => {
      const granted = ROLES.filter((role) => can(role, permission));
      expect(granted).toEqual(ROLES.filter((r) => roles.includes(r)));
    });
  }

  it('a caseworker works leads but cannot manage users or the programme', () => {
    expect(can('caseworker', 'leads.work')).toBe(true);
    expect(can('caseworker', 'users.manage')).toBe(false);
    expect(can('caseworker', 'programme.manage')).toBe(false);
  });

  it('the admin manages users but does not see residents', () => {
    expect(can('admin', 'users.manage')).toBe(true);
    expect(can('admin', 'leads.view')).toBe(false);
  });

  it('onboarding from spreadsheets is the administrator\'s alone', () => {
    expect(ROLES.filter((role) => can(role, 'onboarding.import'))).toEqual(['admin']);
    expect(can('coordinator', 'onboarding.import')).toBe(false);
    expect(can('ambassador', 'onboarding.import')).toBe(false);
  });

  it('ambassadors and associations hold only their own self-service permissions', () => {
    const ambassadorOwn: Permission[] = ['ambassador.self', 'courses.view', 'socialmap.use', 'training.self', 'coaching.self', 'notifications.self', 'account.security'];
    const associationOwn: Permission[] = ['association.self', 'notifications.self', 'account.security'];
    for (const permission of Object.keys(ALLOWED) as Permission[]) {
      expect(can('ambassador', permission), permission).toBe(ambassadorOwn.includes(permission));
      expect(can('association', permission), permission).toBe(associationOwn.includes(permission));
    }
  });
});

describe('the coach', () => {
  it('coaches the ambassadors and ticks an escorted intake\'s checklist, but never sees a lead, the lead list or the programme pages', () => {
    const coachOwn: Permission[] = ['coaching.manage', 'intake.checklist', 'notifications.self', 'account.security'];
    for (const permission of Object.keys(ALLOWED) as Permission[]) expect(can('coach', permission), permission).toBe(coachOwn.includes(permission));
    expect(canEnterArea('coach', 'staff')).toBe(false);
    expect(canEnterArea('coordinator', 'coach')).toBe(false);
    expect(canEnterArea('ambassador', 'coach')).toBe(false);
  });
});

describe('the language provider', () => {
  it('holds only its own work: no lead list, no reports, no programme, no other area', () => {
    const providerOwn: Permission[] = ['provider.self', 'notifications.self', 'account.security'];
    for (const permission of Object.keys(ALLOWED) as Permission[]) expect(can('provider', permission), permission).toBe(providerOwn.includes(permission));
    for (const area of AREAS) expect(canEnterArea('provider', area), area).toBe(area === 'provider');
    expect(canEnterArea('coordinator', 'provider')).toBe(false);
    expect(canEnterArea('caseworker', 'provider')).toBe(false);
    expect(canEnterArea('ambassador', 'provider')).toBe(false);
  });

  it('signs in with a second factor, like staff: it sees residents\' personal data', () => {
    expect(requiresTwoFactor('provider')).toBe(true);
  });
});

describe('isRole', () => {
  it('accepts each role name', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
  });

  it.each([['Admin'], [' admin'], ['root'], ['staff'], [''], ['toString'], ['constructor'], [null], [undefined], [1], [{}], [['admin']]])(
    'rejects %j',
    (value) => {
      expect(isRole(value)).toBe(false);
    },
  );
});
