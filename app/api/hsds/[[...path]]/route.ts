import { redirectToVersioned } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ path?: string[] }> };

/** The old, unversioned base /api/hsds/…: a permanent redirect (308) to /api/hsds/v3/…, query kept. */
async function handler(req: Request, { params }: Ctx): Promise<Response> {
  return redirectToVersioned(req, (await params).path ?? []);
}
export const GET = handler;
export const HEAD = handler;
export const OPTIONS = handler;
export const POST = handler;
export const PUT = handler;
export const PATCH = handler;
export const DELETE = handler;
