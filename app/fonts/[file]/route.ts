import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FONT_FILES } from '@/lib/i18n/fonts';

/**
 * The self-hosted script fonts (lib/i18n/fonts.ts), read from their npm packages in node_modules
 * (traced into the build by next.config.ts). Public static assets, no data: nothing to authorize.
 * Only the four named files are served.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!Object.prototype.hasOwnProperty.call(FONT_FILES, file)) return new Response('Not found', { status: 404 });
  const body = await readFile(path.join(process.cwd(), 'node_modules', FONT_FILES[file as keyof typeof FONT_FILES]));
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
