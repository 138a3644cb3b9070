/** HTML that is already safe to emit: only `html` templates and `trustedHtml` produce it. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate; strings and numbers are escaped, arrays are joined. */
export type HtmlValue =
  SafeHtml | string | number | bigint | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) {
    return value.value;
  }
  if (Array.isArray(value)) {
    return value.map(render).join('');
  }
  // false/null/undefined render nothing so `${condition && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) {
    return '';
  }
  return escapeHtml(String(value));
}

/** Tagged template: the literal parts are trusted, every interpolated value is escaped. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks markup the code itself built (CSS, generated fragments) as safe; never pass user input. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Text with line breaks kept: each line escaped, joined by `<br>`. */
export function multiline(text: string | null | undefined): SafeHtml {
  const lines = (text ?? '').split(/\r?\n/);
  return new SafeHtml(lines.map(escapeHtml).join('<br>'));
}
