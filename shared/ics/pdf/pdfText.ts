// Text for the PDF's standard fonts: they encode WinAnsi only, so anything else (emoji, CJK, control
// characters) becomes "?" instead of failing the export, and long text wraps at spaces to a width.
import type { PDFFont } from 'pdf-lib';

const charSets = new WeakMap<PDFFont, Set<number>>();

export function encodable(font: PDFFont, text: string): string {
  let set = charSets.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    charSets.set(font, set);
  }
  const known = set;
  return [...text.replace(/\t/g, ' ')].map((c) => (c === '\n' || c === '\r' || known.has(c.codePointAt(0)!) ? c : '?')).join('');
}

/** Cuts text to `maxWidth` points, ending in an ellipsis when cut. */
export function clipText(font: PDFFont, text: string, size: number, maxWidth: number): string {
  const safe = encodable(font, text);
  if (font.widthOfTextAtSize(safe, size) <= maxWidth) return safe;
  let cut = safe;
  while (cut && font.widthOfTextAtSize(`${cut}…`, size) > maxWidth) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Splits a word wider than the line into pieces that fit. */
function breakWord(font: PDFFont, word: string, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const c of word) {
    if (piece && font.widthOfTextAtSize(piece + c, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += c;
  }
  return piece ? [...pieces, piece] : pieces;
}

/** Lines of at most `maxWidth` points; paragraphs (newlines) start new lines. */
export function wrapText(font: PDFFont, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const paragraph of encodable(font, text).split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = font.widthOfTextAtSize(word, size) <= maxWidth ? [word] : breakWord(font, word, size, maxWidth);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  return lines;
}
