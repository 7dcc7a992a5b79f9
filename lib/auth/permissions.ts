/**
 * Roles, areas and permissions: the single map the gate consults. Pure (no I/O) so it can be
 * unit-tested and imported anywhere; the enforcement lives in ./gate.ts.
 */
export const ROLES = ['admin', 'coordinator', 'caseworker', 'ambassador', 'association', 'coach', 'provider'] as const;
export type Role = (typeof ROLES)[number];

export const AREAS = ['staff', 'ambassador', 'association', 'admin', 'coach', 'provider'] as const;
export type Area = (typeof AREAS)[number];

/** Which roles may enter which area. Every other combination gets 403. */
const AREA_ROLES: Record<Area, readonly Role[]> = {
  staff: ['coordinator', 'caseworker'],
  ambassador: ['ambassador'],
  association: ['association'],
  admin: ['admin'],
  /** The coaching bureau's begeleiders: active ambassadors, their figures and coaching; never residents' contact details. */
  coach: ['coach'],
  /** A language provider (taalaanbieder): only the residents referred to it, its own courses. */
  provider: ['provider'],
};

/** Role → allowed actions. New features add their permissions here, nowhere else. */
const PERMISSIONS = {
  'users.manage': ['admin'],
  'audit.view': ['admin'],
  /** Rename the journey's steps (a setting). */
  'settings.manage': ['admin'],
  /** See and export the lead list and a lead's page. */
  'leads.view': ['coordinator', 'caseworker'],
  /** Work a lead: steps, intake, offer, plan, contact attempts, notes, assignment, details. */
  'leads.work': ['coordinator', 'caseworker'],
  /**
   * The city desk's intake calendar: add slots, see the week (who is booked, who comes with an
   * ambassador), book a lead's intake in a slot, ask an ambassador to go along.
   */
  'intake.desk': ['coordinator', 'caseworker'],
  /**
   * Tick what a resident brings to the intake (ID, residence permit, address proof, diplomas). The
   * coach only for an intake an ambassador goes along to in the next two weeks (checked in the
   * mutation's WHERE), and sees only the resident's first name.
   */
  'intake.checklist': ['coordinator', 'caseworker', 'coach'],
  /** Merge duplicate leads. */
  'leads.merge': ['coordinator', 'caseworker'],
  /** Run the programme: ambassadors, associations, expenses, targets, language providers. */
  'programme.manage': ['coordinator'],
  /**
   * The corps: add and edit ambassadors (profile with special-category background), lifecycle,
   * interview, VOG, pass, clothing, invites, stopping.
   */
  'corps.manage': ['coordinator'],
  /** Events, shifts, assignments and attendance. */
  'shifts.manage': ['coordinator'],
  /** The expense queue: approve, reject, mark paid, payout export. */
  'expenses.manage': ['coordinator'],
  /** An ambassador's own work: field contacts, own shifts, own claims and receipts. */
  'ambassador.self': ['ambassador'],
  /** An association's own work: submit contacts (one or a file), see their steps, signals. */
  'association.self': ['association'],
  /**
   * A language provider's own work: the residents referred to it (scoped by its provider in WHERE),
   * confirming offer, signed plan, start, completion or dropping out; its own course catalogue;
   * nominating a candidate ambassador.
   */
  'provider.self': ['provider'],
  /** See the course catalogue of every active provider (staff when making an offer, ambassadors on their phone). */
  'courses.view': ['coordinator', 'caseworker', 'ambassador'],
  /** The associations registry, key figures, results, and the signals inbox. */
  'associations.manage': ['coordinator'],
  /** Network organisations and their contact log. */
  'network.manage': ['coordinator'],
  /** Training: modules, sessions, attendance, everyone's progress, issuing and revoking certificates. */
  'training.manage': ['coordinator'],
  /** An ambassador's own training: progress, next session, their certificate. */
  'training.self': ['ambassador'],
  /** Search the social map and refer residents to a service (closed loop). */
  'socialmap.use': ['coordinator', 'caseworker', 'ambassador'],
  /** Update any referral's status. */
  'referrals.update': ['coordinator', 'caseworker'],
  /** Curate the social map: organisations and services, verification, HSDS import and export. */
  'socialmap.curate': ['admin', 'coordinator'],
  /**
   * The coaching bureau's work: the two-weekly reviews (agreements, private notes), the coaching
   * log, development goals and the coaching settings; meetings and intervision (attendance,
   * obstacles), the coaching budget, importing the city's event agenda.
   */
  'coaching.manage': ['coordinator', 'coach'],
  /** An ambassador's own agreements from their reviews (never the coach's notes). */
  'coaching.self': ['ambassador'],
  /**
   * Residents' privacy requests: find everything about one person, export it, ask for an erasure,
   * approve another coordinator's erasure (four eyes), verify a consent withdrawal by phone.
   */
  'privacy.requests': ['coordinator'],
  /** Retention periods, the processing register (art. 30) and the privacy officer's contact. */
  'privacy.settings': ['admin'],
  /** What the public sign-up page tells residents: the municipality's name and logo, the phone number, the facts. */
  'publicPage.settings': ['admin'],
  /** How long staff may be idle before their session ends (issue #20). */
  'sessions.settings': ['admin'],
  /** The outbox: every message sent or waiting, with its text (/admin/outbox). */
  'notifications.outbox': ['admin'],
  /** The coordinator's messages to all or selected ambassadors. */
  'notifications.broadcast': ['coordinator'],
  /** The participant survey: build surveys, personal links, paper entry, results and their CSV. */
  'survey.manage': ['coordinator'],
  /**
   * Read the reports and the evaluation report (figures only, counts under 5 masked where they
   * touch special-category data). There is no project-leader role yet: the staff who may read the
   * lead list read the reports; a read-only project leader would be added to this line only.
   */
  'reports.view': ['coordinator', 'caseworker'],
  /** Keep the cost ledger and write, save and publish the evaluation report's versions. */
  'reports.manage': ['coordinator'],
  /** One's own message preferences (/account/notifications). */
  'notifications.self': ['admin', 'coordinator', 'caseworker', 'coach', 'ambassador', 'association', 'provider'],
  /** One's own sign-in security: second factor, recovery codes (/account/security). */
  'account.security': ['admin', 'coordinator', 'caseworker', 'coach', 'ambassador', 'association', 'provider'],
  /**
   * Invite, resend and revoke invites, and see the accounts: the administrator for every role,
   * the coordinator for ambassador and association accounts only (INVITABLE_ROLES).
   */
  'users.invite': ['admin', 'coordinator'],
  /**
   * Onboarding from the city's spreadsheets (/admin/import): ambassadors, associations, network
   * organisations, existing leads, language providers, in bulk. The administrator only: it is the
   * setting-up of an installation, and a file writes over many records at once (ambassadors'
   * statuses, leads' steps) past the per-record rules the coordinator's forms apply one at a time.
   */
  'onboarding.import': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

/** Roles that must sign in with a second factor (they see many residents' data); their sessions also end when idle. */
export const TWO_FACTOR_ROLES: readonly Role[] = ['admin', 'coordinator', 'caseworker', 'coach', 'provider'];

export function requiresTwoFactor(role: Role): boolean {
  return TWO_FACTOR_ROLES.includes(role);
}

/** The roles of the accounts a role may invite and see in the account list. */
export const INVITABLE_ROLES: Partial<Record<Role, readonly Role[]>> = {
  admin: ROLES,
  coordinator: ['ambassador', 'association'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function canEnterArea(role: Role, area: Area): boolean {
  return AREA_ROLES[area].includes(role);
}

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The area a role lands in after login. */
export function homeAreaFor(role: Role): Area {
  const area = AREAS.find((a) => canEnterArea(role, a));
  if (!area) throw new Error(`role ${role} has no area`);
  return area;
}

export function homePathFor(role: Role): string {
  return `/${homeAreaFor(role)}`;
}
