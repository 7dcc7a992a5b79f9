import { publicOrigin } from '@/lib/security/origin';
import { hsdsRoute } from '@/lib/socialmap/hsds/http';
import { openApiDocument } from '@/lib/socialmap/hsds/openapi';

export const dynamic = 'force-dynamic';

/** GET /api/hsds/v3/openapi.json — this API's OpenAPI 3.1 document, generated from code. */
const route = hsdsRoute(() => ({ status: 200, body: openApiDocument(publicOrigin()) }));
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = route;
