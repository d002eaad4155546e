/** How a word ends when read aloud, which is what a Korean particle follows. */
const VOWEL = 0;
const CONSONANT = 1;
/** ㄹ: a final consonant, but one that takes 로 like a vowel. */
const RIEUL = 2;
type Ending = typeof VOWEL | typeof CONSONANT | typeof RIEUL;

/**
 * Digits as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구. A round number
 * ends as its last digit does: 십, 백, 천, 만 and 억 end in consonants, as 영
 * does (only 조, a trillion, would not).
 */
const DIGITS = '1201001220';

/**
 * How the text before a particle ends when read aloud: its last Hangul
 * syllable's final consonant; a number's last digit; `%` as 퍼센트; short
 * capitals letter by letter (VIP 브이아이피, QR 큐알: 엘, 알 end in ㄹ, 엠, 엔
 * in a consonant); other Latin words as loanwords are spelled (l as ㄹ: Mall
 * 몰; m, n, ng and a stop after a vowel as consonants: Instagram 인스타그램,
 * Facebook 페이스북, Shop 숍; the rest as vowels: Gold 골드, Silver 실버).
 * Punctuation, spaces and bidi isolates are skipped; `undefined` for a word
 * in another script, whose reading we cannot tell.
 */
function ending(before: string): Ending | undefined {
  const word = before.replace(/[^\p{L}\p{N}%]+$/u, '');
  const last = word.at(-1) ?? '';
  if (/[가-힣]/.test(last)) {
    const final = (last.charCodeAt(0) - 0xac00) % 28;
    return final === 0 ? VOWEL : final === 8 ? RIEUL : CONSONANT;
  }
  if (last === '%') return VOWEL;
  if (/\d/.test(last)) return Number(DIGITS[Number(last)]) as Ending;
  const latin = /[a-z]+$/i.exec(word)?.[0];
  if (!latin) return undefined;
  if (/^[A-Z]{1,3}$/.test(latin))
    return /[LR]$/.test(latin) ? RIEUL : /[MN]$/.test(latin) ? CONSONANT : VOWEL;
  if (/l$/i.test(latin)) return RIEUL;
  return /(?:[aeiou][bckpt]|ck|pp|tt|[mn]|ng)$/i.test(latin) ? CONSONANT : VOWEL;
}

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
  // `을(를)`: the form after a consonant, then the one after a vowel; `(으)로` takes 로 after ㄹ too.
  return text.replace(
    /([을이은])\(([를가는])\)|\(으\)로/g,
    (marker, consonant: string | undefined, vowel: string, offset: number) => {
      const sound = ending(text.slice(0, offset));
      if (sound === undefined) return marker;
      if (consonant) return sound === VOWEL ? vowel : consonant;
      return sound === CONSONANT ? '으로' : '로';
    },
  );
}
