import { apiOrganizations } from '@/lib/socialmap/hsds/api';
import { hsdsRoute, queryOf } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/v3/organizations — a page of public records (HSDS page shape). See lib/socialmap/hsds/api.ts. */
const route = hsdsRoute((db, req) => apiOrganizations(db, queryOf(req)));
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
