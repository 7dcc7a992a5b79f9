import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { apiService, apiOptions, apiResponse } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/services/{id} — one public record, or 404 JSON. */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiResponse(await apiService(getDb(), id));
}
export const OPTIONS = apiOptions;
