import { describe, expect, it } from 'vitest';
import { demoPdf, demoPng } from './demo-receipts';
import { MAX_RECEIPT_BYTES, checkReceipt, detectReceiptType, extensionOf } from './filetype';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));
const check = (b: Uint8Array) => checkReceipt(b.length, b);

describe('detectReceiptType: the type comes from the first bytes', () => {
  it.each([
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['a PNG image', new Uint8Array(demoPng()), 'image/png'],
    ['a WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['an iPhone HEIC photo', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'image/heic'],
    ['a HEIC sequence (heix)', bytes([0, 0, 0, 0x18], 'ftypheix'), 'image/heic'],
    ['a generic HEIF image (mif1)', bytes([0, 0, 0, 0x1c], 'ftypmif1'), 'image/heic'],
    ['a PDF', new Uint8Array(demoPdf(['Bon'])), 'application/pdf'],
  ])('accepts %s', (_what, b, type) => {
    expect(detectReceiptType(b)).toBe(type);
    expect(check(b)).toEqual({ ok: true, type });
  });

  it.each([
    ['a web page renamed bon.jpg', bytes('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['a web page with a byte-order mark', bytes([0xef, 0xbb, 0xbf], '<html><body>bon</body></html>')],
    ['an SVG renamed bon.jpg', bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ['an SVG without XML declaration', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a GIF', bytes('GIF89a', [1, 0, 1, 0])],
    ['an MP4 video (ftyp, but not a HEIF brand)', bytes([0, 0, 0, 0x18], 'ftypisom')],
    ['an AVI (RIFF, but not WEBP)', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST')],
    ['a text file', bytes('Bon: 6,95 euro')],
    ['"%PDF" somewhere later in the file', bytes('hello %PDF-1.4')],
    ['a truncated PNG signature', bytes([0x89, 0x50, 0x4e])],
    ['two JPEG bytes only', bytes([0xff, 0xd8])],
  ])('refuses %s', (_what, b) => {
    expect(detectReceiptType(b)).toBeNull();
    expect(check(b)).toEqual({ ok: false, error: 'receiptType' });
  });
});

describe('checkReceipt: size before content', () => {
  it('refuses an empty file', () => {
    expect(checkReceipt(0, new Uint8Array())).toEqual({ ok: false, error: 'receiptEmpty' });
  });

  it('accepts exactly 5 MB and refuses one byte more, even with a valid signature', () => {
    const atLimit = new Uint8Array(MAX_RECEIPT_BYTES);
    atLimit.set([0xff, 0xd8, 0xff]);
    expect(check(atLimit)).toEqual({ ok: true, type: 'image/jpeg' });
    const over = new Uint8Array(MAX_RECEIPT_BYTES + 1);
    over.set([0xff, 0xd8, 0xff]);
    expect(check(over)).toEqual({ ok: false, error: 'receiptTooLarge' });
  });

  it('trusts neither a small declared size for large bytes nor the other way round', () => {
    const big = new Uint8Array(MAX_RECEIPT_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(checkReceipt(10, big)).toEqual({ ok: false, error: 'receiptTooLarge' });
    expect(checkReceipt(MAX_RECEIPT_BYTES + 1, bytes([0xff, 0xd8, 0xff]))).toEqual({ ok: false, error: 'receiptTooLarge' });
  });
});

describe('extensionOf', () => {
  it('names the download after the detected type', () => {
    expect(extensionOf('image/jpeg')).toBe('jpg');
    expect(extensionOf('image/heic')).toBe('heic');
    expect(extensionOf('application/pdf')).toBe('pdf');
  });
});
