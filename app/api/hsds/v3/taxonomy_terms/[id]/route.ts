import { apiTaxonomyTerm } from '@/lib/socialmap/hsds/api';
import { hsdsRoute } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/v3/taxonomy_terms/{id} — one public record, or a 404 problem. */
const route = hsdsRoute((db, _req, params) => apiTaxonomyTerm(db, String(params.id)));
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
