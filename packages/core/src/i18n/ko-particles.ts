/** How a word ends when read aloud, which is what a Korean particle follows. */
const VOWEL = 0;
const CONSONANT = 1;
/** ㄹ: a final consonant, but one that takes 로 like a vowel. */
const RIEUL = 2;
type Ending = typeof VOWEL | typeof CONSONANT | typeof RIEUL;

/** Digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGITS: readonly Ending[] = [1, 2, 0, 1, 0, 0, 1, 2, 2, 0];
/** Letter names: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; the rest (에이, 비, 씨…) in a vowel. */
const LETTER = (letter: string): Ending =>
  /[LR]/.test(letter) ? RIEUL : /[MN]/.test(letter) ? CONSONANT : VOWEL;

/**
 * A whole number's last sound: its last digit, or for round numbers the unit
 * read last (십, 백, 천, 만 up to 천만, 억 up to 천억, 조 up to 천조, then 경).
 */
function numberEnding(digits: string): Ending {
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  if (zeros === 0 || zeros === digits.length) return DIGITS[Number(digits.at(-1))] ?? VOWEL;
  return zeros >= 12 && zeros < 16 ? VOWEL : CONSONANT;
}

/**
 * A Latin word's last sound as Korean reads it: short capitals letter by
 * letter (VIP 브이아이피, QR 큐알), other words by common loanword spelling:
 * l as ㄹ (Mall 몰), m, n, ng and a stop after a vowel as consonants
 * (Instagram 인스타그램, Facebook 페이스북, Shop 숍), the rest as vowels
 * (Gold 골드, Silver 실버, Rewards 리워즈).
 */
function latinEnding(word: string): Ending {
  if (/^[A-Z]{1,3}$/.test(word)) return LETTER(word.at(-1) ?? '');
  if (/l$/i.test(word)) return RIEUL;
  return /(?:[aeiou][bckpt]|ck|pp|tt|[mn]|ng)$/i.test(word) ? CONSONANT : VOWEL;
}

/**
 * How the text before a particle ends: its last Hangul syllable's final
 * consonant, a number or a Latin word as read aloud, `%` as 퍼센트.
 * Punctuation, spaces and bidi isolates are skipped; `undefined` for a word
 * in another script, whose reading we cannot tell.
 */
function ending(before: string): Ending | undefined {
  const word = before.replace(/[^\p{L}\p{N}%]+$/u, '');
  const last = word.at(-1) ?? '';
  const syllable = last.charCodeAt(0) - 0xac00;
  if (syllable >= 0 && syllable < 11172) {
    const final = syllable % 28;
    return final === 0 ? VOWEL : final === 8 ? RIEUL : CONSONANT;
  }
  if (last === '%') return VOWEL;
  const number = /(\d[\d,]*)(\.\d+)?$/.exec(word);
  if (number) {
    // After a decimal point digits are read one by one (일 점 오).
    return number[2] ? (DIGITS[Number(last)] ?? VOWEL) : numberEnding(number[1]!.replace(/,/g, ''));
  }
  const latin = /[A-Za-z]+$/.exec(word);
  return latin ? latinEnding(latin[0]) : undefined;
}

/** Each particle pair as the catalog writes it, and its form after a vowel, a consonant, ㄹ. */
const PARTICLES: Record<string, readonly [string, string, string]> = {
  '을(를)': ['를', '을', '을'],
  '이(가)': ['가', '이', '이'],
  '은(는)': ['는', '은', '은'],
  '(으)로': ['로', '으로', '로'],
};

/**
 * Picks each Korean particle the catalog writes in both forms (`을(를)`,
 * `이(가)`, `은(는)`, `(으)로`) by the sound of the word before it, usually
 * an interpolated value: "할인을(를)" becomes "할인을", "포인트을(를)"
 * "포인트를", "₩5,000(으)로" "₩5,000으로", "Mall(으)로" "Mall로". Where the
 * word's reading cannot be told (another script) both forms stay, which is
 * how Korean writes it when unsure. The Korean catalog's grammar: pass it to
 * `createTranslator('ko', ko, koreanParticles)`; `createI18n('ko')` does.
 *
 * @example
 * ```ts
 * koreanParticles('VIP은(는) 무료 배송'); // "VIP는 무료 배송"
 * ```
 */
export function koreanParticles(text: string): string {
  return text.replace(/을\(를\)|이\(가\)|은\(는\)|\(으\)로/g, (marker, offset: number) => {
    const sound = ending(text.slice(0, offset));
    return sound === undefined ? marker : (PARTICLES[marker]?.[sound] ?? marker);
  });
}
