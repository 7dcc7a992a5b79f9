import { AreaChrome } from '@/app/(app)/_area/chrome';

export default function AmbassadorLayout({ children }: { children: React.ReactNode }) {
  return <AreaChrome area="ambassador">{children}</AreaChrome>;
}
