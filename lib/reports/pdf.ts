import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { loadFonts } from '@/lib/training/pdf';

/**
 * The evaluation report as an A4 PDF, drawn on the server with pdf-lib (DejaVu Sans, embedded as
 * a subset, the certificate's fonts): the title, the period, then per section its heading, the
 * coordinator's text, and per table its bar chart (drawn as rectangles from the same figures as
 * the page's SVG, each bar with its label and figure as text) and the table itself.
 */
export interface PdfChartRow {
  label: string;
  value: number;
  /** The figure as shown ("<5", "12 (40%)"); by default the value. */
  display?: string;
}

export interface PdfReport {
  title: string;
  subtitle: string;
  sections: { title: string; narrative: string | null; tables: { title: string; columns: string[]; rows: string[][]; chart?: PdfChartRow[] }[] }[];
}

const A4 = { w: 595.28, h: 841.89 };
const M = 50;

export async function evaluationPdf(r: PdfReport): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = await loadFonts();
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(r.title);
  let page: PDFPage = doc.addPage([A4.w, A4.h]);
  let y = A4.h - M;
  const need = (h: number) => {
    if (y - h < M) {
      page = doc.addPage([A4.w, A4.h]);
      y = A4.h - M;
    }
  };
  const wrap = (text: string, font: PDFFont, size: number, width: number): string[] => {
    const out: string[] = [];
    for (const para of text.split(/\r?\n/)) {
      let line = '';
      for (const word of para.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > width && line) {
          out.push(line);
          line = word;
        } else line = next;
      }
      out.push(line);
    }
    return out;
  };
  const write = (text: string, font: PDFFont, size: number, x = M, width = A4.w - 2 * M) => {
    for (const line of wrap(text, font, size, width)) {
      need(size + 4);
      y -= size + 4;
      page.drawText(line, { x, y, size, font, color: rgb(0.1, 0.1, 0.15) });
    }
  };
  /** Horizontal bars: label on the left, the bar, the figure after it (colour never the only carrier). */
  const drawChart = (rows: PdfChartRow[]) => {
    const BAR_H = 11;
    const ROW_H = 15;
    const labelW = 160;
    const valueW = 70;
    const barW = A4.w - 2 * M - labelW - valueW;
    const max = Math.max(1, ...rows.map((x) => x.value));
    y -= 4;
    for (const row of rows) {
      need(ROW_H);
      y -= ROW_H;
      let label = row.label;
      while (label.length > 1 && regular.widthOfTextAtSize(label, 8) > labelW - 8) label = `${label.slice(0, -2)}…`;
      page.drawText(label, { x: M + labelW - 6 - regular.widthOfTextAtSize(label, 8), y: y + 2, size: 8, font: regular, color: rgb(0.1, 0.1, 0.15) });
      const w = Math.max(0, (row.value / max) * barW);
      page.drawRectangle({ x: M + labelW, y: y - 1, width: barW, height: BAR_H, color: rgb(0.94, 0.95, 0.97) });
      if (w > 0) page.drawRectangle({ x: M + labelW, y: y - 1, width: w, height: BAR_H, color: rgb(0.11, 0.35, 0.62) });
      page.drawText(row.display ?? String(row.value), { x: M + labelW + barW + 6, y: y + 2, size: 8, font: bold, color: rgb(0.1, 0.1, 0.15) });
    }
    y -= 6;
  };
  write(r.title, bold, 20);
  write(r.subtitle, regular, 11);
  for (const s of r.sections) {
    y -= 10;
    need(40);
    write(s.title, bold, 14);
    if (s.narrative) write(s.narrative, regular, 10);
    for (const t of s.tables) {
      y -= 4;
      write(t.title, bold, 10);
      if (t.chart?.length) drawChart(t.chart);
      const colW = (A4.w - 2 * M) / Math.max(1, t.columns.length);
      const rowOf = (cells: string[], font: PDFFont) => {
        need(13);
        y -= 13;
        cells.forEach((c, i) => {
          const text = c.length > 40 ? `${c.slice(0, 39)}…` : c;
          page.drawText(text, { x: M + i * colW, y, size: 9, font, color: rgb(0.1, 0.1, 0.15) });
        });
      };
      rowOf(t.columns, bold);
      for (const row of t.rows) rowOf(row, regular);
    }
  }
  return doc.save();
}
