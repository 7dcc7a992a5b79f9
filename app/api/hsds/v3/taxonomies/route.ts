import { apiTaxonomies } from '@/lib/socialmap/hsds/api';
import { hsdsRoute, queryOf } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/v3/taxonomies — a page of public records (HSDS page shape). See lib/socialmap/hsds/api.ts. */
const route = hsdsRoute((db, req) => apiTaxonomies(db, queryOf(req)));
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
