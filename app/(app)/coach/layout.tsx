import { AreaChrome } from '@/app/(app)/_area/chrome';

export default function CoachLayout({ children }: { children: React.ReactNode }) {
  return <AreaChrome area="coach">{children}</AreaChrome>;
}
