import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvRow, neutraliseFormula, toCsv } from './index';

describe('toCsv (Dutch Excel)', () => {
  it('starts with a UTF-8 byte-order mark and separates cells with ";"', () => {
    const out = toCsv(['Naam', 'Wijk'], [['Amina', 'Meerzicht']]);
    expect(out.startsWith(CSV_BOM)).toBe(true);
    expect([...Buffer.from(out, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.slice(1)).toBe('Naam;Wijk\r\nAmina;Meerzicht\r\n');
  });

  it('ends every line with CRLF, also the last one', () => {
    const out = toCsv(['a'], [['1'], ['2']]);
    expect(out.slice(1).split('\r\n')).toEqual(['a', '1', '2', '']);
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes cells with a separator, a quote or a line break (RFC 4180)', () => {
    expect(csvCell('Vereniging; Zoetermeer')).toBe('"Vereniging; Zoetermeer"');
    expect(csvCell('De "Brug"')).toBe('"De ""Brug"""');
    expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvRow(['a;b', 'c'])).toBe('"a;b";c\r\n');
  });

  it('leaves plain text and accents alone', () => {
    expect(csvCell('Hassan Öztürk')).toBe('Hassan Öztürk');
    expect(csvCell('أمينة')).toBe('أمينة');
  });

  it('also quotes cells with a comma or a tab, for programs that split on those', () => {
    expect(csvCell('Zoetermeer, Meerzicht')).toBe('"Zoetermeer, Meerzicht"');
    expect(csvCell('kolom\tkolom')).toBe('"kolom\tkolom"');
    expect(csvRow(['a,b', 'c\td', 'e'])).toBe('"a,b";"c\td";e\r\n');
  });

  it.each([
    ['naam,=HYPERLINK("http://x")', `"naam,'=HYPERLINK(""http://x"")"`],
    ['naam, +31612345678', `"naam, '+31612345678"`],
    ['a;-2+3', `"a;'-2+3"`],
    ['a\t@SUM(A1)', `"a\t'@SUM(A1)"`],
    ['a\t\t=1+1', `"a\t'\t'=1+1"`],
    ['regel 1\n=1+1', `"regel 1\n'=1+1"`],
    ['\r=1+1', `"'\r'=1+1"`],
    ['  =1+1', "'  =1+1"],
  ])('neutralises the formula after a separator or line break in %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('leaves no piece that starts as a formula, whichever separator a program splits on', () => {
    const nasty = ['x,=cmd|calc', 'x\t+1', 'x;@A1', 'x,\t=1', 'x\r\n-1', '=1,=2;=3\t=4', ' , =1'];
    for (const value of nasty) {
      const cell = csvCell(value);
      for (const separator of [',', ';', '\t', '\r', '\n']) {
        // a naive split that ignores quotes, as a careless import does
        for (const piece of cell.replace(/^"|"$/g, '').split(separator)) {
          expect(piece, `${JSON.stringify(value)} split on ${JSON.stringify(separator)}`).not.toMatch(/^ *[=+\-@]/);
        }
      }
    }
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+31612345678', "'+31612345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', `"'\t'=1+1"`],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('does not touch those characters later in the text', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(csvCell('Jan-Willem')).toBe('Jan-Willem');
    expect(csvCell("'quoted")).toBe("'quoted");
  });

  it('writes empty cells for null and undefined, and text for numbers', () => {
    expect(csvRow([null, undefined, 42, ''])).toBe(';;42;\r\n');
  });
});
