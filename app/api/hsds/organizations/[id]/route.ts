import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { apiOrganization, apiOptions, apiResponse } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/organizations/{id} — one public record, or 404 JSON. */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiResponse(await apiOrganization(getDb(), id));
}
export const OPTIONS = apiOptions;
