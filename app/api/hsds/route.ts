import type { NextRequest } from 'next/server';
import { apiOptions, apiResponse, apiRoot } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds — the open HSDS 3.0 API of the social map: version info. Open data, no login. */
export function GET(req: NextRequest) {
  return apiResponse(apiRoot(req.nextUrl.origin));
}
export const OPTIONS = apiOptions;
