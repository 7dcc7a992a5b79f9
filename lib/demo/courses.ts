import type { Tx } from '@/db/client';
import { providerCourses } from '@/db/schema';

/** Two or three courses per demo provider (the catalogue the city buys), in the providers' order. */
const COURSES = [
  [
    { name: 'Inburgering B1-route', level: 'B1', place: 'Taalschool De Brug, Stadhuisplein 12', schedule: 'ma en wo 9.00-11.30', childcare: true, free: true, placesLeft: 6 },
    { name: 'Taalcursus NT2 A2 (avond)', level: 'A2', place: 'Wijkcentrum Meerzicht, Amerikaweg 2', schedule: 'di en do 19.00-21.00', childcare: false, free: true, placesLeft: 3 },
  ],
  [
    { name: 'Z-route (zelfredzaamheid)', level: 'A1', place: 'Taalhuis Meerzicht, Amerikaweg 2', schedule: 'di en vr 9.30-12.00', childcare: true, free: true, placesLeft: 8 },
    { name: 'Taalcafé en A2-cursus', level: 'A2', place: 'Bibliotheek Forum, Stadhuisplein 2', schedule: 'wo 13.30-15.30', childcare: false, free: false, placesLeft: 0 },
  ],
  [
    { name: 'Onderwijsroute', level: 'B1', place: 'NT2 Centrum Zoetermeer, Markt 1', schedule: 'ma t/m do 9.00-12.00', childcare: false, free: true, placesLeft: 4 },
  ],
] as const;

export async function seedCourses(tx: Tx, providerIds: string[]) {
  const rows = providerIds.flatMap((providerId, i) => (COURSES[i] ?? []).map((c) => ({ ...c, providerId })));
  if (rows.length) await tx.insert(providerCourses).values(rows);
}
