import { AreaChrome } from '@/app/(app)/_area/chrome';

export default function ProviderLayout({ children }: { children: React.ReactNode }) {
  return <AreaChrome area="provider">{children}</AreaChrome>;
}
