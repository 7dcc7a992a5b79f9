import { getDb } from '@/db/client';
import { databaseReady } from '@/lib/health/queries';

/**
 * Readiness for a load balancer: 200 while the database answers within two seconds, 503 otherwise
 * (the instance is taken out of rotation until it answers again). Public and without data (the
 * proxy skips it; there is nothing for the gate to decide).
 */
export const dynamic = 'force-dynamic';

export async function GET() {
  const { ready } = await databaseReady(getDb());
  return Response.json(
    { status: ready ? 'ready' : 'unavailable' },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
