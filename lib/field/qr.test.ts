import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr';

describe('qrSvg', () => {
  it('is inline SVG with role="img" and an accessible name, without an XML prolog', async () => {
    const svg = await qrSvg('https://wijkwerf.example.nl/?ref=AMB01', 'QR-code van uw aanmeldlink');
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR-code van uw aanmeldlink"');
    expect(svg).toContain('<title>QR-code van uw aanmeldlink</title>');
    expect(svg).toMatch(/<path[^>]+d="M/);
    expect(svg).not.toContain('<?xml');
  });

  it('escapes the name and encodes different links differently', async () => {
    const a = await qrSvg('https://x.nl/?ref=AMB01', 'Code "A" & <b>');
    const b = await qrSvg('https://x.nl/?ref=AMB02', 'Code');
    expect(a).toContain('aria-label="Code &quot;A&quot; &amp; &lt;b&gt;"');
    expect(a).not.toContain('<b>');
    expect(a.replace(/aria-label="[^"]*"|<title>.*<\/title>/g, '')).not.toEqual(b.replace(/aria-label="[^"]*"|<title>.*<\/title>/g, ''));
  });
});
