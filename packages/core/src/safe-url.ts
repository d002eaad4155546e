declare const checked: unique symbol;

/** A URL {@link safeUrl} let through: the only kind a widget puts in a link. */
export type SafeUrl = string & { readonly [checked]: true };

// Stands in for the page where there is none (server-side rendering, the
// landing snippet): a relative link then resolves against the page the HTML
// ends up on, whose origin this one plays.
const NO_PAGE = 'https://page.invalid/';

const reported = new Set<string>();

/**
 * `value`, a URL from the backend or the host, when it may become a link
 * (`href`, `location`, `window.open`): resolved against `page` it is `http:`
 * or `https:`, and if it is relative it stays on the page's origin. Anything
 * else (`javascript:` in any case and with any whitespace, `data:`,
 * `vbscript:`, `file:`, a protocol-relative `//other.example` or `/\other.example`,
 * malformed input, anything but a string) gives `undefined`, and is reported
 * once per field and value with `console.warn`. Never throws. An absent or
 * empty value gives `undefined` silently.
 *
 * The value comes back as written, not resolved, so server and browser
 * renders agree and a relative link stays relative.
 *
 * @param field - Names the value in the warning, e.g. `program.signUpUrl`.
 * @param page - The URL relative links resolve against. Default: the page's
 *   (`globalThis.location`); without one, relative paths are kept, as they will
 *   resolve against whatever http(s) page the markup is served on.
 *
 * @example
 * ```ts
 * safeUrl('/account/register', 'program.signUpUrl'); // "/account/register"
 * safeUrl('https://accounts.example/join', 'program.signUpUrl'); // "https://accounts.example/join"
 * safeUrl(' java\tscript:alert(1)', 'program.signUpUrl'); // undefined, and one warning
 * ```
 */
export function safeUrl(value: unknown, field: string, page?: string): SafeUrl | undefined {
  if (!value) return undefined;
  if (isSafeUrl(value, page)) return value;
  const key = typeof value === 'string' ? `${field}\n${value}` : field;
  if (!reported.has(key)) {
    reported.add(key);
    try {
      console.warn(
        `[LoyaltyKit] ${field} is not an http(s) URL or a path on this site; not linked:`,
        value,
      );
    } catch {
      // A host page's console that throws is not ours to break.
    }
  }
  return undefined;
}

/**
 * {@link safeUrl}'s check without its report, for callers that report in
 * their own words (the script tag's options: `data-logo-url="…" is invalid`).
 */
export function isSafeUrl(value: unknown, page?: string): value is SafeUrl {
  try {
    // Only a string is a URL: nothing else is stringified, whatever its toString does.
    if (typeof value === 'string' && value) {
      const base = new URL(page ?? globalThis.location?.href ?? NO_PAGE);
      const url = new URL(value, base);
      // Off the page's origin only when absolute: without a base, `//other.example` throws.
      return /^https?:$/.test(url.protocol) && (url.origin === base.origin || !!new URL(value));
    }
  } catch {
    // Malformed, or relative and leaving the page: not a link.
  }
  return false;
}
