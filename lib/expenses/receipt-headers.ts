import { extensionOf, isReceiptType } from './filetype';

/** The types a browser may show in the page (image or its own PDF viewer); every other type is a download. */
export const INLINE_RECEIPT_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;

/**
 * Headers served with every answer of the receipt route: never sniffed, never cached, and
 * sandboxed (no scripts, no forms, no same-origin rights) even when it is shown in the browser.
 */
export const SAFE_RECEIPT_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
} as const;

/**
 * The headers of one stored receipt: only a type accepted at upload is served as such (anything
 * else as opaque bytes); PNG, JPEG and PDF open inline in the coordinator's queue, the rest
 * (WebP, HEIC, unknown) download as an attachment. Pure, so the tests check it directly.
 */
export function receiptHeaders(receipt: { id: string; contentType: string; size: number }): Record<string, string> {
  const type = isReceiptType(receipt.contentType) ? receipt.contentType : null;
  const inline = type !== null && (INLINE_RECEIPT_TYPES as readonly string[]).includes(type);
  const filename = `bon-${receipt.id}.${type ? extensionOf(type) : 'bin'}`;
  return {
    ...SAFE_RECEIPT_HEADERS,
    'Content-Type': type ?? 'application/octet-stream',
    'Content-Length': String(receipt.size),
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
