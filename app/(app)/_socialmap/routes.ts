import type { Area } from '@/lib/auth/permissions';

/**
 * The social map's route table: the one place that knows its URLs.
 *
 * The pages live once, in app/(app)/social-map/[area]/{search,manage,referrals}; each is reached
 * through the URL of the area it belongs to (bookmarks, the e2e journeys, referral links), which
 * next.config.ts rewrites to that tree with `socialMapRewrites()`. The browser keeps the area URL;
 * the [area] segment gives the page its area, so the area's gate and its navigation stay the ones
 * of the URL. Kept free of runtime imports: next.config.ts reads it.
 */
export const SOCIAL_MAP_SECTIONS = {
  /** Search, a service's page and its printable note (permission socialmap.use). */
  search: { staff: '/staff/social-map', ambassador: '/ambassador/social-map' },
  /** Curation: organisations, services, verification, HSDS import and export (socialmap.curate). */
  manage: { staff: '/staff/social-map/manage', admin: '/admin/social-map' },
  /** Referrals: the list and a referral's page (socialmap.use). */
  referrals: { staff: '/staff/referrals', ambassador: '/ambassador/referrals' },
} as const satisfies Record<string, Partial<Record<Area, string>>>;

export type Section = keyof typeof SOCIAL_MAP_SECTIONS;
export type SectionArea<S extends Section> = keyof (typeof SOCIAL_MAP_SECTIONS)[S] & Area;
export type SearchArea = SectionArea<'search'>;
export type ManageArea = SectionArea<'manage'>;
export type ReferralsArea = SectionArea<'referrals'>;

/** The areas a section is mounted in (the [area] segment accepts only these). */
export function sectionAreas<S extends Section>(section: S): SectionArea<S>[] {
  return Object.keys(SOCIAL_MAP_SECTIONS[section]) as SectionArea<S>[];
}

export function isSectionArea<S extends Section>(section: S, value: string): value is SectionArea<S> {
  return Object.hasOwn(SOCIAL_MAP_SECTIONS[section], value);
}

export function socialMapBase(area: SearchArea): string {
  return SOCIAL_MAP_SECTIONS.search[area];
}

export function manageBase(area: ManageArea): string {
  return SOCIAL_MAP_SECTIONS.manage[area];
}

export function referralsBase(area: ReferralsArea): string {
  return SOCIAL_MAP_SECTIONS.referrals[area];
}

/** Where the one tree lives (internal: next.config.ts rewrites the area URLs to it). */
export function treePath(area: Area, section: Section): string {
  return `/social-map/${area}/${section}`;
}

/**
 * Every area URL of the social map → the one tree. Longer URLs first: /staff/social-map/manage
 * must not be taken for a service page under /staff/social-map.
 */
export function socialMapRewrites(): { source: string; destination: string }[] {
  const mounts = (Object.keys(SOCIAL_MAP_SECTIONS) as Section[])
    .flatMap((section) => Object.entries(SOCIAL_MAP_SECTIONS[section]).map(([area, url]) => ({ url: url as string, tree: treePath(area as Area, section) })))
    .sort((a, b) => b.url.length - a.url.length);
  return mounts.flatMap(({ url, tree }) => [
    { source: url, destination: tree },
    { source: `${url}/:path*`, destination: `${tree}/:path*` },
  ]);
}
