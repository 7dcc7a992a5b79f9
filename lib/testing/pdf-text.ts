import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';

/**
 * For tests: what a PDF's pages draw, read back the way a PDF reader does (no renderer needed).
 * Each font's ToUnicode map turns the glyph codes of a `<…> Tj` back into text; a font without
 * one is read as single-byte text. Also lists the fonts, so a test can see what is embedded.
 */

export interface PdfFont {
  baseFont: string;
  subtype: string;
  /** The font program is in the file (FontFile, FontFile2 or FontFile3). */
  embedded: boolean;
}

const bytesOf = (stream: unknown): string => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : '');

/** glyph code (hex) → text, from a ToUnicode CMap's bfchar and bfrange entries. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code!.toLowerCase(), utf16(text!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, start] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const from = parseInt(lo!, 16);
      for (let c = from; c <= parseInt(hi!, 16); c++) {
        map.set(c.toString(16).padStart(lo!.length, '0'), String.fromCodePoint(parseInt(start!, 16) + c - from));
      }
    }
  }
  return map;
}

export async function pdfText(bytes: Uint8Array): Promise<{ lines: string[]; fonts: PdfFont[] }> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  const fonts: PdfFont[] = [];
  for (const page of doc.getPages()) {
    const cmaps = new Map<string, Map<string, string> | null>();
    const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const programHolder = descendants ? descendants.lookup(0, PDFDict) : font;
      const descriptor = programHolder.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
      const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.get(PDFName.of(k)) instanceof PDFRef);
      const resource = name.decodeText();
      const baseFont = font.lookup(PDFName.of('BaseFont'), PDFName).decodeText();
      // pdf-lib names the same font anew for every piece of text: list each font once.
      if (!fonts.some((f) => f.baseFont === baseFont)) fonts.push({ baseFont, subtype: font.lookup(PDFName.of('Subtype'), PDFName).decodeText(), embedded });
      const toUnicode = font.get(PDFName.of('ToUnicode'));
      cmaps.set(resource, toUnicode ? parseCmap(bytesOf(doc.context.lookup(toUnicode))) : null);
    }

    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const content = streams.map(bytesOf).join('\n');
    let current: Map<string, string> | null = null;
    for (const m of content.matchAll(/\/([A-Za-z0-9_.-]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
      if (m[1] !== undefined) current = cmaps.get(m[1]) ?? null;
      else if (m[2] !== undefined) {
        const hex = m[2].toLowerCase();
        if (current) {
          const width = [...current.keys()][0]?.length ?? 4;
          let text = '';
          for (let i = 0; i < hex.length; i += width) text += current.get(hex.slice(i, i + width)) ?? '\uFFFD';
          lines.push(text);
        } else lines.push(Buffer.from(hex, 'hex').toString('latin1'));
      } else if (m[3] !== undefined) lines.push(m[3].replace(/\\(.)/g, '$1'));
    }
  }
  return { lines, fonts };
}
