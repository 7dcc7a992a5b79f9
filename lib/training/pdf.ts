import { PDFDocument, type PDFFont, StandardFonts, rgb } from 'pdf-lib';
import { formatCode } from './code';

/** The certificate's texts, already translated (from the `training.pdf` messages). */
export interface CertificateTexts {
  title: string;
  programme: string;
  declares: string;
  completed: string;
  modulesTitle: string;
  codeLabel: string;
  checkAt: string;
  issuer: string;
}

export interface CertificateContent {
  holderName: string;
  /** The issue date as it should read, e.g. "12 maart 2010". */
  issuedOn: string;
  modules: string[];
  code: string;
  /** The public page that checks the code. */
  verifyUrl: string;
}

/**
 * The standard PDF fonts know only the Windows-1252 letters. A letter outside it keeps its base
 * letter (ş → s, ı → i), so a name is never dropped; anything else becomes "?".
 */
export function printable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  const special: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h' };
  return Array.from(text)
    .map((c) => {
      if (known.has(c.codePointAt(0)!)) return c;
      const base = special[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
      return Array.from(base).every((b) => known.has(b.codePointAt(0)!)) && base ? base : '?';
    })
    .join('');
}

/** An A4 certificate, generated on the server with pdf-lib (no browser). */
export async function renderCertificatePdf(texts: CertificateTexts, content: CertificateContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const code = formatCode(content.code);
  doc.setTitle(`${texts.title} – ${printable(content.holderName, regular)}`);
  doc.setSubject(`${texts.codeLabel} ${code}`);
  doc.setKeywords([code, content.code]);
  doc.setProducer('Wijkwerf');
  doc.setCreator('Wijkwerf');

  const page = doc.addPage([595.28, 841.89]);
  const { width } = page.getSize();
  const brand = rgb(0, 0.32, 0.55);
  const ink = rgb(0.06, 0.09, 0.16);
  const centred = (text: string, y: number, size: number, font: PDFFont, color = ink) => {
    const t = printable(text, font);
    page.drawText(t, { x: (width - font.widthOfTextAtSize(t, size)) / 2, y, size, font, color });
  };

  page.drawRectangle({ x: 28, y: 28, width: width - 56, height: 841.89 - 56, borderColor: brand, borderWidth: 3 });
  centred(texts.title, 740, 36, bold, brand);
  centred(texts.programme, 710, 14, regular);
  centred(texts.declares, 650, 13, regular);
  centred(content.holderName, 615, 26, bold);
  centred(texts.completed, 580, 13, regular);
  centred(content.issuedOn, 560, 13, bold);

  let y = 510;
  page.drawText(printable(texts.modulesTitle, bold), { x: 90, y, size: 13, font: bold, color: ink });
  y -= 22;
  for (const m of content.modules) {
    page.drawText(printable(`- ${m}`, regular), { x: 100, y, size: 11.5, font: regular, color: ink });
    y -= 18;
  }

  centred(texts.issuer, 150, 12, regular);
  centred(`${texts.codeLabel} ${code}`, 115, 14, bold, brand);
  centred(`${texts.checkAt} ${content.verifyUrl}`, 95, 10, regular);
  return doc.save();
}
