/**
 * Liveness for a load balancer or orchestrator: the process answers. Public and without data (the
 * proxy skips it; there is nothing for the gate to decide). The database is /readyz's question, so
 * a database outage does not get healthy app instances restarted.
 */
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
