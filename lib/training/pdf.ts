import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import { formatCode } from './code';

/**
 * The certificate's typeface: DejaVu Sans (Bitstream Vera licence, see fonts/LICENSE), shipped in
 * the repository beside this file, so names keep every letter (ş, ğ, ı, ć, ø, ễ …). Read from the
 * project folder the server runs in (literal paths, so the build traces exactly these two files;
 * `next.config.ts` names them for the route as well); embedded as a subset, so a certificate
 * carries only the glyphs it uses.
 */
let fontFiles: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;

/** The font files, read once per process (a failed read is tried again next time). */
export function loadFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fontFiles ??= Promise.all([
    readFile(path.join(process.cwd(), 'lib/training/fonts/DejaVuSans.ttf')),
    readFile(path.join(process.cwd(), 'lib/training/fonts/DejaVuSans-Bold.ttf')),
  ]).then(
    ([regular, bold]) => ({ regular, bold }),
    (err: unknown) => {
      fontFiles = null;
      throw err;
    },
  );
  return fontFiles;
}

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

const characterSets = new WeakMap<PDFFont, Set<number>>();

/**
 * The text as the font can draw it: composed (NFC, so "ễ" is one glyph, not e + two marks). A
 * letter the font lacks keeps its base letter (ş → s, ı → i), so a name is never dropped;
 * anything else becomes "?". With DejaVu Sans that is rare (it has Latin, Greek and Cyrillic in
 * full), but a script it does not have must not print as empty boxes.
 */
export function printable(text: string, font: PDFFont): string {
  let known = characterSets.get(font);
  if (!known) characterSets.set(font, (known = new Set(font.getCharacterSet())));
  const special: Record<string, string> = { ı: 'i', İ: 'I', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h' };
  return Array.from(text.normalize('NFC'))
    .map((c) => {
      if (known.has(c.codePointAt(0)!)) return c;
      const base = special[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
      return Array.from(base).every((b) => known.has(b.codePointAt(0)!)) && base ? base : '?';
    })
    .join('');
}

/** An A4 certificate, generated on the server with pdf-lib (no browser). */
export async function renderCertificatePdf(texts: CertificateTexts, content: CertificateContent): Promise<Uint8Array> {
  const files = await loadFonts();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(files.regular, { subset: true });
  const bold = await doc.embedFont(files.bold, { subset: true });
  const code = formatCode(content.code);
  // The document information is Unicode text of its own: the name as it is.
  doc.setTitle(`${texts.title} – ${content.holderName.normalize('NFC')}`);
  doc.setSubject(`${texts.codeLabel} ${code}`);
  doc.setKeywords([code, content.code]);
  doc.setProducer('Wijkwerf');
  doc.setCreator('Wijkwerf');

  const page = doc.addPage([595.28, 841.89]);
  const { width } = page.getSize();
  const brand = rgb(0, 0.32, 0.55);
  const ink = rgb(0.06, 0.09, 0.16);
  // Centred, and smaller when a long name or address would run past the border.
  const centred = (text: string, y: number, wanted: number, font: PDFFont, color = ink) => {
    const t = printable(text, font);
    const size = Math.min(wanted, (width - 120) / Math.max(font.widthOfTextAtSize(t, 1), 1));
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
