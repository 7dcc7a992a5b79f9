import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { apiTaxonomyTerm, apiOptions, apiResponse } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/taxonomy_terms/{id} — one public record, or 404 JSON. */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return apiResponse(await apiTaxonomyTerm(getDb(), id));
}
export const OPTIONS = apiOptions;
