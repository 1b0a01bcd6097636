/** HTML that is safe to insert as is: built by `html` (which escapes what it interpolates) or `trusted`. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

type HtmlValue = SafeHtml | string | number | null | undefined | readonly HtmlValue[];

function interpolate(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(interpolate).join('');
  return escapeHtml(String(value as string | number));
}

/**
 * Tagged template for email HTML: every interpolated value is escaped unless it is SafeHtml
 * (another `html` fragment), so data from records or people outside can never inject markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  // A template has one more string than values.
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += interpolate(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks markup written in code (never data) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
