import { exportCsvHandler } from '@/app/(app)/_socialmap-manage/handlers';

export const dynamic = 'force-dynamic';

/** GET: one row per service, CSV for Dutch Excel (authorized inside: socialmap.curate). */
export function GET() {
  return exportCsvHandler();
}
