/**
 * Wraps a backend string (a reward title, a code) in first-strong isolates
 * for use inside a translated sentence or an `<option>`, where `<bdi>` cannot
 * go: a Latin "$5 off" must not reorder an Arabic line, nor read "off $5".
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
