import { notFound } from 'next/navigation';
import { AreaChrome, type ChromeArea } from '@/app/(app)/_area/chrome';

const AREAS: readonly string[] = ['staff', 'ambassador', 'admin'] satisfies ChromeArea[];

/**
 * The social map's one tree, reached through the area URLs (next.config.ts rewrites them here,
 * see app/(app)/_socialmap/routes.ts): the area's gate and navigation are those of the URL's area.
 * Each page asks the gate again for its own permission.
 */
export default async function SocialMapLayout({ children, params }: { children: React.ReactNode; params: Promise<{ area: string }> }) {
  const { area } = await params;
  if (!AREAS.includes(area)) notFound();
  return <AreaChrome area={area as ChromeArea}>{children}</AreaChrome>;
}
