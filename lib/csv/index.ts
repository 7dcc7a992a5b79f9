/**
 * CSV for Dutch Excel: UTF-8 with a byte-order mark (so Excel reads the accents), `;` between
 * cells (Excel in a Dutch locale expects it), CRLF line ends and RFC 4180 quoting.
 *
 * Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) are neutralised with a leading `'` (CSV injection, OWASP). Phone numbers in
 * E.164 start with `+`, so they get the quote too: Excel then shows them as text, which is what
 * we want for phone numbers anyway.
 *
 * The file is also opened by programs that split on `,` or tab (LibreOffice, Numbers, Google
 * Sheets, a Dutch Excel set to another list separator), sometimes without honouring quotes. So
 * cells holding `,` or a tab are quoted as well, and a formula character that follows any
 * separator or line break inside a cell (after optional spaces) gets the `'` too: whichever way
 * a program splits the cell, no piece of it starts as a formula.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula: `=` `+` `-` `@` tab or CR first (after optional spaces). */
const FORMULA_START = /^ *[=+\-@\t\r]/;
/**
 * A separator or line break inside a cell (`,` `;` tab CR LF), optional spaces, then a formula
 * character. The separator is consumed but the formula character is not (lookahead), so a tab or
 * CR that is both is checked again as the separator before the next piece.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])( *)(?=[=+\-@\t\r])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/**
 * Prefixes a `'` to every piece of the text a spreadsheet would run as a formula: the start of the
 * text, and each part after a separator or line break when a program splits the cell there.
 */
export function neutraliseFormula(text: string): string {
  const start = FORMULA_START.test(text) ? `'${text}` : text;
  return start.replace(FORMULA_AFTER_SEPARATOR, "$1$2'");
}

/** One cell: neutralised, then quoted when it holds a separator (`;` `,` tab), a quote or a line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = neutraliseFormula(String(value));
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line, including its CRLF. */
export function csvRow(cells: readonly CsvValue[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_EOL;
}

/** A whole file as one string: BOM, header line, rows. Use csvRow per batch for large files. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = CSV_BOM + csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}
