// Characters no text field of Kohorte holds: C0 controls but tab, line feed and carriage return
// (NUL above all: PostgreSQL refuses it in text and jsonb), DEL, the C1 controls, and the two
// noncharacters U+FFFE and U+FFFF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
// Half of a surrogate pair without the other half: not text, and encodeURI (inside class-validator's
// isEmail, for one) throws a URIError on it. With the u flag only unpaired halves match.
const LONE_SURROGATE = /\p{Surrogate}/u;
// What breaks a line or a mail header (CR/LF), and the tab that single-line fields do not hold.
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;

/** Why a text is refused: the reason's code (FIELD_REASONS) and the English words. */
export interface TextProblem {
  code: 'notUnicode' | 'controlCharacters' | 'notSingleLine' | 'unknownField';
  message: string;
}

/**
 * Why a string cannot be accepted as the value of `field`, or null. Every field refuses control
 * characters and lone surrogates; only multi-line fields (descriptions, notes…) hold line breaks
 * and tabs, so that nothing a person typed as a name can split a mail header.
 */
export function textProblem(field: string, text: string, multiLine: boolean): TextProblem | null {
  if (LONE_SURROGATE.test(text)) {
    return {
      code: 'notUnicode',
      message: `${field} must be valid Unicode text (no lone surrogates)`,
    };
  }
  if (CONTROL.test(text)) {
    return { code: 'controlCharacters', message: `${field} must not contain control characters` };
  }
  if (!multiLine && LINE_BREAK_OR_TAB.test(text)) {
    return {
      code: 'notSingleLine',
      message: `${field} must be a single line (no line breaks or tabs)`,
    };
  }
  return null;
}

// Property names that reach prototypes when an object is merged or assigned key by key.
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why an object may not carry this property name, or null. */
export function keyProblem(field: string, key: string): TextProblem | null {
  if (PROTOTYPE_KEYS.has(key)) {
    return { code: 'unknownField', message: `property ${field} should not exist` };
  }
  return textProblem(field, key, false);
}
