import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { apiServices, apiOptions, apiResponse } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/services — a page of public records (HSDS page shape). See lib/socialmap/hsds/api.ts. */
export async function GET(req: NextRequest) {
  return apiResponse(await apiServices(getDb(), req.nextUrl.searchParams));
}
export const OPTIONS = apiOptions;
