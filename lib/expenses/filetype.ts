/**
 * Receipts: what may be uploaded, decided from the file's CONTENT (its first bytes), never from
 * its name or the type the browser claims. A web page or an SVG renamed "bon.jpg" is refused.
 * Pure, no I/O: shared by the upload action and the tests.
 */
export const MAX_RECEIPT_BYTES = 5 * 1024 * 1024;

export const RECEIPT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** For the file input's `accept` (a hint for the phone's picker; the server decides). */
export const RECEIPT_ACCEPT = RECEIPT_TYPES.join(',');

const EXTENSION: Record<ReceiptType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

export function isReceiptType(value: unknown): value is ReceiptType {
  return typeof value === 'string' && (RECEIPT_TYPES as readonly string[]).includes(value);
}

export function extensionOf(type: ReceiptType): string {
  return EXTENSION[type];
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

/** HEIF brands of photos from phones (iPhone: heic/heix; the generic image brand mif1). */
const HEIC_BRANDS = ['heic', 'heix', 'mif1'].map(ascii);

/**
 * The receipt type of these bytes, or null when they are none of the accepted types:
 * JPEG FF D8 FF · PNG 89 50 4E 47 0D 0A 1A 0A · WebP "RIFF" ? ? ? ? "WEBP" ·
 * HEIC ? ? ? ? "ftyp" + heic/heix/mif1 · PDF "%PDF-".
 */
export function detectReceiptType(bytes: Uint8Array): ReceiptType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('ftyp'), 4) && HEIC_BRANDS.some((brand) => startsWith(bytes, brand, 8))) return 'image/heic';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export type ReceiptCheck =
  | { ok: true; type: ReceiptType }
  | { ok: false; error: 'receiptEmpty' | 'receiptTooLarge' | 'receiptType' };

/** Size first (empty, over 5 MB), then the content. `size` is the declared size of the upload. */
export function checkReceipt(size: number, bytes: Uint8Array): ReceiptCheck {
  if (size <= 0 || bytes.length === 0) return { ok: false, error: 'receiptEmpty' };
  if (size > MAX_RECEIPT_BYTES || bytes.length > MAX_RECEIPT_BYTES) return { ok: false, error: 'receiptTooLarge' };
  const type = detectReceiptType(bytes);
  return type ? { ok: true, type } : { ok: false, error: 'receiptType' };
}
