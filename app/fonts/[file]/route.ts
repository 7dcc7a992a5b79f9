import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FONT_FILES } from '@/lib/i18n/fonts';

const require = createRequire(import.meta.url);

/**
 * The self-hosted script fonts (lib/i18n/fonts.ts), read from their npm packages. Public static
 * assets, no data: nothing to authorize. Only the four named files are served.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!Object.prototype.hasOwnProperty.call(FONT_FILES, file)) return new Response('Not found', { status: 404 });
  const body = await readFile(require.resolve(FONT_FILES[file as keyof typeof FONT_FILES]));
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
