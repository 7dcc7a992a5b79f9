/**
 * Runs once when a server process starts (Next.js). Starts the audit chain's sealer
 * (lib/audit/seal.ts): entries are written without waiting for each other and chained shortly
 * after they commit. Not while building.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const [{ startAuditSealer }, { getDb }] = await Promise.all([import('@/lib/audit/seal'), import('@/db/client')]);
  startAuditSealer(getDb);
}
