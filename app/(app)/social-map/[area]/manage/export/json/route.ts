import { exportJsonHandler } from '@/app/(app)/_socialmap-manage/handlers';

export const dynamic = 'force-dynamic';

/** GET: the whole social map as HSDS JSON (authorized inside: socialmap.curate). */
export function GET() {
  return exportJsonHandler();
}
