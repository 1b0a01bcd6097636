// Line breaks (CR, LF, NEL, U+2028/9) and every other control character: in a header they would
// end it and start another one (`Bcc: …`).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * A mail header's text (subject, display name) on one line: each run of line breaks and control
 * characters becomes one space. The API already refuses them in names; this holds for data that
 * came another way (an import, a row written before that check).
 */
export function oneLineHeader(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ').trim();
}
