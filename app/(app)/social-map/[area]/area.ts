import { notFound } from 'next/navigation';
import { isSectionArea, type Section, type SectionArea } from '@/app/(app)/_socialmap/routes';

/** The [area] segment of a section's page: an area the section is mounted in, or 404. */
export async function areaOf<S extends Section>(params: Promise<{ area: string }>, section: S): Promise<SectionArea<S>> {
  const { area } = await params;
  if (!isSectionArea(section, area)) notFound();
  return area;
}
