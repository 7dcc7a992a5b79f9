import type { NextRequest } from 'next/server';
import { uploadHandler } from '@/app/(app)/_socialmap-manage/handlers';
import { isSectionArea, manageBase } from '@/app/(app)/_socialmap/routes';

export const dynamic = 'force-dynamic';

/** POST: an HSDS package for the import preview (authorized inside: socialmap.curate). */
export async function POST(req: NextRequest, { params }: { params: Promise<{ area: string }> }) {
  const { area } = await params;
  if (!isSectionArea('manage', area)) return new Response(null, { status: 404 });
  return uploadHandler(req, manageBase(area));
}
