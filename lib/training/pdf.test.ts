import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfText } from '@/lib/testing/pdf-text';
import { printable, renderCertificatePdf } from './pdf';

const texts = { title: 'Certificaat', programme: 'Ambassadeur', declares: 'Hierbij', completed: 'afgerond op', modulesTitle: 'Onderdelen', codeLabel: 'Code:', checkAt: 'Controleer op', issuer: 'Gemeente' };

describe('the certificate PDF', () => {
  it('renders the certificate as a PDF with the name, the modules and the code', async () => {
    const bytes = await renderCertificatePdf(
      texts,
      { holderName: 'Ayşe Yılmaz', issuedOn: '1 juli 2010', modules: ['Communicatie', 'Vroegsignalering en de sociale kaart'], code: 'ABCDEFGHJKMN', verifyUrl: 'https://example.test/certificaat/ABCD-EFGH-JKMN' },
    );
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getSubject()).toContain('ABCD-EFGH-JKMN');
    expect(doc.getTitle()).toBe('Certificaat – Ayşe Yılmaz');
    const { lines } = await pdfText(bytes);
    expect(lines).toEqual(expect.arrayContaining(['Ayşe Yılmaz', 'Onderdelen', '- Communicatie', '- Vroegsignalering en de sociale kaart', 'Code: ABCD-EFGH-JKMN']));
  });

  it('prints every letter of a name in the embedded font, however it was typed, and only a subset of the font', async () => {
    const name = 'Ayşe Çelik-Øğüt Nguyễn';
    const content = { issuedOn: '1 juli 2010', modules: ['Assertiviteit', 'Łódź en Ħal Far'], code: 'ABCDEFGHJKMN', verifyUrl: 'https://example.test/certificaat/ABCD-EFGH-JKMN' };
    // Typed decomposed (e + combining marks), as some keyboards and imports do: printed composed.
    for (const holderName of [name, name.normalize('NFD')]) {
      const bytes = await renderCertificatePdf(texts, { ...content, holderName });
      const { lines, fonts } = await pdfText(bytes);
      expect(lines).toContain(name);
      expect(lines).toContain('- Łódź en Ħal Far');
      expect(lines.join('\n')).not.toMatch(/Ayse|Celik|Nguyen|\uFFFD|\?/);
      // Only the shipped font, embedded; no standard (WinAnsi) font that would simplify letters.
      expect(fonts.map((f) => f.baseFont.replace(/-\d+$/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
      expect(fonts.every((f) => f.embedded && f.subtype === 'Type0')).toBe(true);
      // Subset: the whole font files are some 1.4 MB.
      expect(bytes.byteLength).toBeLessThan(60_000);
    }
  });

  it('keeps a letter the font does not have as its base letter or "?", never an empty box', async () => {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = await doc.embedFont(await readFile(path.join(process.cwd(), 'lib/training/fonts/DejaVuSans.ttf')), { subset: true });
    expect(printable('Ayşe Nguyễn', font)).toBe('Ayşe Nguyễn');
    expect(printable('李 Wei', font)).toBe('? Wei');
  });
});
