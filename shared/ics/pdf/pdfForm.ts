// A small layout engine for ICS forms on Letter paper: a title, rows of labelled boxes and table rows
// that wrap their text, break across pages (a row taller than what is left continues on the next
// page), and "FORM, Page x of y" on every page once the document is complete.
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import type { PDFFont, PDFPage } from 'pdf-lib';
import { clipText, encodable, wrapText } from './pdfText';

const PAGE = { width: 612, height: 792 };
const MARGIN = 36;
const FOOTER = 24;
const PAD = 4;
const LABEL_SIZE = 7.5;
const TEXT_SIZE = 9;
const LINE = 11;
const LABEL_LINE = 10;
const INK = rgb(0, 0, 0);
const SHADE = rgb(0.9, 0.9, 0.9);

export interface Cell {
  /** Share of the row's width (the shares of a row add up to 1). */
  width: number;
  /** Bold caption on top of the box, e.g. "3. Name:". */
  label?: string;
  text?: string;
  /** Shaded header cell (table headers). */
  header?: boolean;
}

export interface PdfForm {
  title(text: string, subtitle?: string): void;
  row(cells: readonly Cell[]): void;
  /** Space before the next row. */
  gap(points?: number): void;
  /** Called on every new page after the first (e.g. to repeat a table header). */
  onNewPage(draw: (() => void) | null): void;
  finish(): Promise<Uint8Array<ArrayBuffer>>;
}

export async function createPdfForm(options: { formName: string; documentTitle: string; author: string }): Promise<PdfForm> {
  const doc = await PDFDocument.create();
  doc.setTitle(options.documentTitle);
  doc.setAuthor(options.author);
  doc.setCreator('Liaison Desk');
  doc.setProducer('Liaison Desk');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const contentWidth = PAGE.width - 2 * MARGIN;
  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  let repeat: (() => void) | null = null;
  let repeating = false;

  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
    if (repeat && !repeating) {
      repeating = true;
      repeat();
      repeating = false;
    }
  };
  const room = () => y - (MARGIN + FOOTER);

  const write = (text: string, x: number, atY: number, font: PDFFont, size: number) => {
    if (text) page.drawText(encodable(font, text), { x, y: atY, font, size, color: INK });
  };

  const row = (cells: readonly Cell[]) => {
    const widths = cells.map((c) => c.width * contentWidth);
    const labels = cells.map((c, i) => (c.label ? wrapText(bold, c.label, LABEL_SIZE, widths[i]! - 2 * PAD) : []));
    const texts = cells.map((c, i) => wrapText(c.header ? bold : regular, c.text ?? '', TEXT_SIZE, widths[i]! - 2 * PAD));
    const labelHeight = Math.max(...labels.map((l) => l.length)) * LABEL_LINE;
    let done = 0;
    const total = Math.max(...texts.map((t) => t.length));
    do {
      const fits = Math.floor((room() - 2 * PAD - labelHeight) / LINE);
      if (fits < 1 || (done === 0 && fits < Math.min(total, 3))) {
        newPage();
        continue;
      }
      const take = Math.min(fits, total - done);
      const height = 2 * PAD + labelHeight + take * LINE;
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const w = widths[i]!;
        page.drawRectangle({ x, y: y - height, width: w, height, borderColor: INK, borderWidth: 0.6, ...(cell.header ? { color: SHADE } : {}) });
        let lineY = y - PAD - LABEL_SIZE;
        for (const l of labels[i]!) {
          write(l, x + PAD, lineY, bold, LABEL_SIZE);
          lineY -= LABEL_LINE;
        }
        lineY = y - PAD - labelHeight - TEXT_SIZE;
        for (const l of texts[i]!.slice(done, done + take)) {
          write(l, x + PAD, lineY, cell.header ? bold : regular, TEXT_SIZE);
          lineY -= LINE;
        }
        x += w;
      });
      y -= height;
      done += take;
      if (done < total) newPage();
    } while (done < total);
  };

  return {
    title(text, subtitle) {
      const titleWidth = bold.widthOfTextAtSize(encodable(bold, text), 14);
      write(text, MARGIN, y - 14, bold, 14);
      if (subtitle) write(clipText(regular, subtitle, 9, contentWidth - titleWidth - 10), MARGIN + titleWidth + 10, y - 14, regular, 9);
      y -= 22;
    },
    row,
    gap(points = 6) {
      y -= points;
    },
    onNewPage(draw) {
      repeat = draw;
    },
    async finish() {
      const pages = doc.getPages();
      pages.forEach((p, i) => {
        p.drawText(`${options.formName}, Page ${i + 1} of ${pages.length}`, { x: MARGIN, y: MARGIN - 4, font: regular, size: 8, color: INK });
      });
      return new Uint8Array(await doc.save());
    },
  };
}
