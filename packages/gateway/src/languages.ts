/** The language ranges of an `Accept-Language` header, most wanted first (RFC 9110 §12.5.4). */
function ranges(header: string): string[] {
  return header
    .split(',')
    .map((item, index) => {
      const [range = '', ...params] = item.trim().split(';');
      // A weight that is no number (`q=abc`) drops the range: what it meant cannot be told.
      const weight = params.map((p) => /^\s*q=(.*)$/i.exec(p)?.[1]).find((q) => q !== undefined);
      const q = weight === undefined ? 1 : /^\s*[\d.]+\s*$/.test(weight) ? Number(weight) : 0;
      return { range: range.trim().toLowerCase(), q, index };
    })
    .filter(({ range, q }) => range !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ range }) => range);
}

const language = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The closest of `available` to what an `Accept-Language` header asks for:
 * for each range, most wanted first, the same tag (any case), else one of
 * the same language (`ar-EG` takes `ar`, `ar` takes `ar-SA`). Without a
 * header, for `*`, or when nothing matches, the first of `available`, the
 * programme's own language.
 *
 * @example
 * ```ts
 * negotiateLanguage('ar-EG, en;q=0.5', ['en', 'th', 'ar']); // 'ar'
 * negotiateLanguage('fr', ['en', 'th']); // 'en'
 * ```
 */
export function negotiateLanguage(header: string | null, available: readonly string[]): string {
  for (const range of ranges(header ?? '')) {
    if (range === '*') break;
    const found =
      available.find((tag) => tag.toLowerCase() === range) ??
      available.find((tag) => language(tag) === language(range));
    if (found) return found;
  }
  return available[0] ?? '';
}
