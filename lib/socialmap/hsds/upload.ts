import { readBodyLimited } from '@/lib/security/body';
import { checkPackageLimits, IMPORT_MAX_BYTES, type PackageLimitError, parsePackage } from './import';

/** Room for the multipart boundaries and the other form fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

export type UploadError = 'fileRequired' | 'fileTooLarge' | 'notJson' | PackageLimitError;

/**
 * The body of an HSDS upload (multipart, field `file`) → the parsed package, within limits.
 * The body is read incrementally and refused as soon as it passes the cap — whether or not
 * Content-Length is sent, and whatever it says — so a large or endless upload is never buffered.
 */
export async function readHsdsUpload(req: Request): Promise<{ ok: true; fileName: string; payload: unknown } | { ok: false; error: UploadError }> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > IMPORT_MAX_BYTES + MULTIPART_OVERHEAD) {
    await req.body?.cancel().catch(() => {});
    return { ok: false, error: 'fileTooLarge' };
  }
  const bytes = await readBodyLimited(req.body, IMPORT_MAX_BYTES + MULTIPART_OVERHEAD);
  if (!bytes) return { ok: false, error: 'fileTooLarge' };
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': req.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: 'fileRequired' };
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, error: 'fileTooLarge' };
  const payload = parsePackage(await file.text());
  if (payload === undefined) return { ok: false, error: 'notJson' };
  const limit = checkPackageLimits(payload);
  if (limit) return { ok: false, error: limit };
  return { ok: true, fileName: file.name.slice(0, 200) || 'hsds.json', payload };
}
