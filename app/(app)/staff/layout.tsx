import { AreaChrome } from '@/app/(app)/_area/chrome';

export default function StaffLayout({ children }: { children: React.ReactNode }) {
  return <AreaChrome area="staff">{children}</AreaChrome>;
}
