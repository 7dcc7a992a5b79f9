import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ORGANIZATIONS } from './import';
import { sampleOrganization } from './test-fixtures';
import { readHsdsUpload } from './upload';

const BOUNDARY = '----wijkwerf';

function multipart(json: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new TextEncoder().encode(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="kaart.json"\r\nContent-Type: application/json\r\n\r\n${json}\r\n--${BOUNDARY}--\r\n`,
  ));
}

function request(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/staff/social-map/manage/import/upload', {
    method: 'POST',
    body,
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    duplex: 'half',
  } as RequestInit);
}

/** An endless body (no Content-Length), counting how much of it was pulled. */
function endless(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(256 * 1024).fill(0x20);
  const head = new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.json"\r\n\r\n[`);
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = first ? head : chunk;
      first = false;
      pulled += c.byteLength;
      controller.enqueue(c);
    },
  });
  return { stream, pulled: () => pulled };
}

describe('HSDS upload: body read with a cap, records and nesting limited', () => {
  it('reads a good package', async () => {
    const pkg = [sampleOrganization({ name: 'Bieb' })];
    const r = await readHsdsUpload(request(multipart(JSON.stringify(pkg))));
    expect(r).toEqual({ ok: true, fileName: 'kaart.json', payload: pkg });
  });

  it('refuses an endless body without Content-Length, having read little more than the cap', async () => {
    const body = endless();
    const r = await readHsdsUpload(request(body.stream));
    expect(r).toEqual({ ok: false, error: 'fileTooLarge' });
    expect(body.pulled()).toBeLessThan(IMPORT_MAX_BYTES + 2 * 1024 * 1024);
  });

  it('refuses a body larger than its (lying) Content-Length says', async () => {
    const body = endless();
    const r = await readHsdsUpload(request(body.stream, { 'content-length': '100' }));
    expect(r).toEqual({ ok: false, error: 'fileTooLarge' });
    expect(body.pulled()).toBeLessThan(IMPORT_MAX_BYTES + 2 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap without reading', async () => {
    const body = endless();
    const r = await readHsdsUpload(request(body.stream, { 'content-length': String(50 * 1024 * 1024) }));
    expect(r).toEqual({ ok: false, error: 'fileTooLarge' });
    expect(body.pulled()).toBeLessThan(1024 * 1024);
  });

  it('refuses too many organizations', async () => {
    const orgs = Array.from({ length: IMPORT_MAX_ORGANIZATIONS + 1 }, (_, i) => ({ id: String(i), name: 'x', description: 'y' }));
    expect(await readHsdsUpload(request(multipart(JSON.stringify(orgs))))).toEqual({ ok: false, error: 'tooManyRecords' });
  });

  it('refuses deep nesting (100,000 levels) without overflowing the stack', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(await readHsdsUpload(request(multipart(deep)))).toEqual({ ok: false, error: 'tooDeep' });
    const org = sampleOrganization();
    let v: unknown = 'x';
    for (let i = 0; i < 40; i++) v = { v };
    org.extra = v;
    expect(await readHsdsUpload(request(multipart(JSON.stringify([org]))))).toEqual({ ok: false, error: 'tooDeep' });
  });

  it('refuses what is not JSON, and a missing file', async () => {
    expect(await readHsdsUpload(request(multipart('{nee')))).toEqual({ ok: false, error: 'notJson' });
    const empty = new Uint8Array(new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="area"\r\n\r\nstaff\r\n--${BOUNDARY}--\r\n`));
    expect(await readHsdsUpload(request(empty))).toEqual({ ok: false, error: 'fileRequired' });
  });
});
