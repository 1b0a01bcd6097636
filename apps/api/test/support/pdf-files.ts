import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A real PDF of `pages` pages with a line of text on each, as a pitch deck would be. */
export async function pdfDeck(title = 'Pitch deck', pages = 2): Promise<Buffer> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= pages; page++) {
    document
      .addPage([842, 595])
      .drawText(`${title} — slide ${page}`, { x: 48, y: 520, size: 28, font });
  }
  return Buffer.from(await document.save());
}

/** Bytes that start like a PDF but are none: the header is not enough. */
export function fakePdf(): Buffer {
  return Buffer.from('%PDF-1.7\nthis is not really a PDF, only its first line\n', 'latin1');
}
