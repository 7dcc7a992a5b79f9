import { describe, expect, it } from 'vitest';
import { receiptHeaders } from './receipt-headers';

const id = '00000000-0000-4000-8000-000000000001';

describe('receiptHeaders: what the receipt route answers', () => {
  it.each([
    ['image/png', 'png'],
    ['image/jpeg', 'jpg'],
    ['application/pdf', 'pdf'],
  ])('opens %s inline, sandboxed and never sniffed', (type, ext) => {
    const h = receiptHeaders({ id, contentType: type, size: 123 });
    expect(h['Content-Disposition']).toBe(`inline; filename="bon-${id}.${ext}"`);
    expect(h['Content-Type']).toBe(type);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(h['Content-Security-Policy']).toMatch(/(^|; )sandbox$/);
    expect(h['Content-Security-Policy']).toContain("default-src 'none'");
    expect(h['Cache-Control']).toBe('private, no-store');
    expect(h['Content-Length']).toBe('123');
  });

  it.each(['image/webp', 'image/heic'])('keeps %s (accepted at upload, not shown by every browser) a download', (type) => {
    expect(receiptHeaders({ id, contentType: type, size: 1 })['Content-Disposition']).toMatch(/^attachment; /);
  });

  it('serves any other stored type as opaque bytes to download, never as a page', () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/octet-stream', '']) {
      const h = receiptHeaders({ id, contentType: type, size: 1 });
      expect(h['Content-Type']).toBe('application/octet-stream');
      expect(h['Content-Disposition']).toBe(`attachment; filename="bon-${id}.bin"`);
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Content-Security-Policy']).toMatch(/sandbox$/);
    }
  });
});
