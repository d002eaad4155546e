// A CSS identifier as a font name is written unquoted (`Segoe`, `-apple-system`), and a quoted
// name. Quoted names leave out what could end the string or the declaration, or open a function
// (`url(`), rather than escaping it: no real font's name needs any of it.
const IDENT = String.raw`-?[\p{L}_][\p{L}\p{N}_-]*`;
const QUOTED = String.raw`"[^"'\\;:{}()<>/\n\r\f]*"|'[^"'\\;:{}()<>/\n\r\f]*'`;
/** One family: a quoted name, or unquoted identifiers separated by spaces (`Segoe UI`). */
const FAMILY = `(?:${QUOTED}|${IDENT}(?: +${IDENT})*)`;
/**
 * The whole stack. Built on first use: compiling its Unicode classes takes
 * milliseconds on a phone, and most pages keep the default stack and never
 * ask.
 */
let families: RegExp | undefined;

/**
 * A font stack as CSS's `font-family` writes it, `system-ui, "Segoe UI",
 * sans-serif`, trimmed; `undefined` for anything else. The value is written
 * into the widgets' stylesheet as it is, so this grammar is what keeps an
 * option from ending the declaration (`x;} :host{display:none}`) or loading a
 * URL (`url(//host/f)`).
 *
 * @example
 * ```ts
 * parseFontFamily('Inter, "Noto Sans Thai", sans-serif'); // 'Inter, "Noto Sans Thai", sans-serif'
 * parseFontFamily('x;background:url(//host/f)'); // undefined
 * ```
 */
export function parseFontFamily(value: unknown): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  families ??= new RegExp(`^${FAMILY}(?: *, *${FAMILY})*$`, 'u');
  return families.test(trimmed) ? trimmed : undefined;
}
