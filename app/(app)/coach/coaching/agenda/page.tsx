import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AgendaImport } from '@/app/(app)/_coaching/agenda-page';
import { requireAreaPermission } from '@/lib/auth/gate';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('cityAgenda'))('metaTitle') };
}

/** Importing the city's event agenda (body in app/(app)/_coaching). */
export default async function CityAgendaPage() {
  await requireAreaPermission('coach', 'coaching.manage');
  return <AgendaImport base="/coach/coaching" />;
}
