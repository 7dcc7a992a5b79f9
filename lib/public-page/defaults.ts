/** The municipality's general phone number: the public page's default, the flyer's and the privacy officer's default. */
export const CITY_PHONE = '14 079';

/**
 * What the public sign-up page tells residents before they sign up (pure: the public pages, the
 * settings form and the tests read it). The values are settings (lib/public-page/settings.ts); the
 * sentences around them are fixed wording in the `public` messages of every public language.
 */

export const LESSON_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type LessonDay = (typeof LESSON_DAYS)[number];

export const LESSON_TIMES = ['morning', 'afternoon', 'evening'] as const;
export type LessonTime = (typeof LESSON_TIMES)[number];

/** Is the course free for the resident, or is there a contribution (explained at the intake)? */
export const COST_CHOICES = ['free', 'contribution'] as const;
/** Childcare during the lessons: arranged, not possible, or to be asked at the intake. */
export const CHILDCARE_CHOICES = ['yes', 'no', 'ask'] as const;

/**
 * The logo is a file the IT department places in `public/logos/` (no upload: nothing a browser
 * sends ends up on the public page). The setting names the file; only PNG, JPEG and SVG names
 * under /logos/ are accepted, and the file must exist when the setting is saved.
 */
export const LOGO_DIR = '/logos/';
export const LOGO_PATH = /^\/logos\/[a-z0-9][a-z0-9_-]{0,60}\.(png|jpe?g|svg)$/;

export interface PublicPageSettings {
  municipalityName: string;
  logoPath: string;
  /** The number residents can call before (and after) signing up; kept as typed. */
  phone: string;
  cost: (typeof COST_CHOICES)[number];
  lessonDays: LessonDay[];
  lessonTimes: LessonTime[];
  /** Where the lessons are: a place or neighbourhood name, shown as typed in every language. */
  lessonPlace: string;
  childcare: (typeof CHILDCARE_CHOICES)[number];
}

/**
 * The pilot's answers (Zoetermeer, "Wijkgericht inburgeren"): the city bought the courses from
 * language providers, so they are free for voluntary participants; lessons in the Meerzicht
 * neighbourhood; the city's general number 14 079. The source does not say when the lessons are
 * or whether there is childcare: two mornings a week and "ask at the intake" are the demo's values.
 * The logo is the demo's neutral mark, not a real municipality's.
 */
export const PUBLIC_PAGE_DEFAULTS: PublicPageSettings = {
  municipalityName: 'Gemeente Zoetermeer',
  logoPath: '/logos/neutral.svg',
  phone: CITY_PHONE,
  cost: 'free',
  lessonDays: ['tue', 'thu'],
  lessonTimes: ['morning'],
  lessonPlace: 'Meerzicht, Zoetermeer',
  childcare: 'ask',
};

/**
 * The place's own name from the municipality's name as set ("Gemeente Zoetermeer" → "Zoetermeer"),
 * for texts that say "gemeente {city}" themselves (the ambassador's pass). A name without the word
 * is taken as it is.
 */
export function cityOf(municipalityName: string): string {
  return municipalityName.trim().replace(/^gemeente\s+/i, '') || municipalityName.trim();
}
