import { AreaChrome } from '@/app/(app)/_area/chrome';

export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AreaChrome area="admin">{children}</AreaChrome>;
}
