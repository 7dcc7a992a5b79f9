import QRCode from 'qrcode';

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * A QR code of `text` as inline SVG markup (rendered on the server, no script, no image request),
 * with role="img" and an accessible name. Black on white with a quiet zone, so it scans on paper
 * and on a screen; it scales with the width of its container.
 */
export async function qrSvg(text: string, accessibleName: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const name = escapeXml(accessibleName);
  return svg
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace('<svg ', `<svg role="img" aria-label="${name}" focusable="false" width="100%" height="100%" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${name}</title>`);
}
