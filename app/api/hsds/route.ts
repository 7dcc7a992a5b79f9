import { publicOrigin } from '@/lib/security/origin';
import { apiOptions, apiResponse, apiRoot } from '@/lib/socialmap/hsds/api';

export const dynamic = 'force-dynamic';

/** GET /api/hsds — the open HSDS 3.0 API of the social map: version info. Open data, no login. */
export function GET() {
  return apiResponse(apiRoot(publicOrigin()));
}
export const OPTIONS = apiOptions;
