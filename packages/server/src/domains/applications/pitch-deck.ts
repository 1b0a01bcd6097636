import { PITCH_DECK_MAX_BYTES } from '@kohorte/contracts';
import { PDFDocument } from 'pdf-lib';

/** What a checked upload is: a PDF that parses, with its page count. */
export type PdfVerdict =
  | { ok: true; pages: number }
  | {
      ok: false;
      code: 'notPdf' | 'pdfUnreadable' | 'fileTooLarge' | 'fileMissing';
      detail?: string;
    };

// Every PDF starts with this header (ISO 32000: within the first 1024 bytes; in practice at 0).
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/**
 * Judges an upload by its bytes, never by its name or declared type: the PDF header must come
 * first, and pdf-lib must parse the document and find at least one page. An encrypted PDF is
 * refused: reviewers could not open it.
 */
export async function checkPitchDeck(bytes: Buffer | undefined): Promise<PdfVerdict> {
  if (!bytes || bytes.length === 0) return { ok: false, code: 'fileMissing' };
  if (bytes.length > PITCH_DECK_MAX_BYTES) return { ok: false, code: 'fileTooLarge' };
  if (bytes.subarray(0, PDF_MAGIC.length).compare(PDF_MAGIC) !== 0) {
    return { ok: false, code: 'notPdf' };
  }
  try {
    const document = await PDFDocument.load(bytes, {
      updateMetadata: false,
      throwOnInvalidObject: true,
    });
    const pages = document.getPageCount();
    if (pages === 0) return { ok: false, code: 'pdfUnreadable', detail: 'it has no pages' };
    return { ok: true, pages };
  } catch (error) {
    const detail =
      error instanceof Error ? (error.message.split('\n')[0] ?? '').slice(0, 200) : 'unknown';
    return { ok: false, code: 'pdfUnreadable', detail };
  }
}
