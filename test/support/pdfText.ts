// Reads the text of a PDF the app produced (an export in a unit test, or a file an end-to-end test
// downloaded), with pdf.js in Node: per page and as one string, whitespace collapsed so that text the
// layout wrapped over several lines still matches a phrase.
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';

export interface PdfText {
  pageCount: number;
  /** Each page's text, whitespace collapsed. */
  pages: string[];
  /** All pages, whitespace collapsed. */
  text: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Bytes of a PDF, or the path of a PDF file. */
export async function pdfText(source: Uint8Array | string): Promise<PdfText> {
  const bytes = typeof source === 'string' ? new Uint8Array(await readFile(source)) : new Uint8Array(source);
  const document = await getDocumentProxy(bytes);
  const { totalPages, text } = await extractText(document, { mergePages: false });
  const pages = text.map(collapse);
  return { pageCount: totalPages, pages, text: collapse(pages.join(' ')) };
}
