import { publicOrigin } from '@/lib/security/origin';
import { apiRoot } from '@/lib/socialmap/hsds/api';
import { hsdsRoute } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/v3 — the open HSDS 3.0 API of the social map: version info and its OpenAPI document. */
const route = hsdsRoute(() => apiRoot(publicOrigin()));
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
