import type { NextRequest } from 'next/server';
import { uploadHandler } from '@/app/(app)/_socialmap-manage/handlers';

export const dynamic = 'force-dynamic';

/** POST: an HSDS package for the import preview (authorized inside). */
export function POST(req: NextRequest) {
  return uploadHandler(req, 'staff');
}
