import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { apiTaxonomyTerms, apiOptions, apiResponse } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/taxonomy_terms — a page of public records (HSDS page shape). See lib/socialmap/hsds/api.ts. */
export async function GET(req: NextRequest) {
  return apiResponse(await apiTaxonomyTerms(getDb(), req.nextUrl.searchParams));
}
export const OPTIONS = apiOptions;
