import { unknownPath } from '@/lib/socialmap/hsds/http';

export const dynamic = 'force-dynamic';

/** Any other path under the versioned base: a 404 problem (405 for a writing method). */
export const GET = unknownPath;
export const HEAD = unknownPath;
export const OPTIONS = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
