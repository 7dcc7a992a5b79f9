import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { passPhoto } from '@/lib/ambassadors/pass';
import { ENROL_PATH, getCurrentUser } from '@/lib/auth/gate';
import { can } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

/**
 * GET /api/pass-photo/<ambassadorId>: the pass photo, for the ambassador themself or the
 * coordinator (corps.manage) only; never public (the check page shows no photo).
 */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  // Staff who must still set up their second factor see nothing but that page, here too.
  if (user.mustEnrol) redirect(ENROL_PATH);
  const allowed = isUuid(id) && (user.ambassadorId === id || can(user.role, 'corps.manage'));
  if (!allowed) return new Response(null, { status: 403 });
  const photo = await passPhoto(getDb(), id);
  if (!photo) return new Response(null, { status: 404 });
  return new Response(Buffer.from(photo.bytes), {
    headers: {
      'Content-Type': photo.type,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
