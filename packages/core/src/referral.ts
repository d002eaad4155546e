/**
 * The query parameter a referral link carries the referrer's code in
 * (`https://shop.example/?lk_ref=MAYA-7K2`), and the one the join link passes it
 * on in (`/account/register?lk_ref=MAYA-7K2`), so the merchant's sign-up can
 * credit the referral. Namespaced: a bare `ref` is a common tracking parameter
 * (`?ref=producthunt`), and such a visitor must not be welcomed as a friend.
 */
export const REFERRAL_PARAM = 'lk_ref';

const CODE = /^[\w-]{1,64}$/;

/**
 * `value` when it looks like a referral code (letters, digits, `_` and `-`, at
 * most 64), else `undefined`: whatever else a URL carries is not shown to the
 * shopper or passed on.
 */
export function referralCodeOf(value: string | null | undefined): string | undefined {
  const code = value?.trim();
  return code && CODE.test(code) ? code : undefined;
}

/**
 * `url` with the referral `code` added as {@link REFERRAL_PARAM}, before any
 * `#fragment`; a code already there is replaced. Works on relative URLs.
 *
 * @example
 * ```ts
 * withReferralCode('/account/register', 'MAYA-7K2'); // "/account/register?lk_ref=MAYA-7K2"
 * withReferralCode('/join?plan=free#form', 'MAYA-7K2'); // "/join?plan=free&lk_ref=MAYA-7K2#form"
 * ```
 */
export function withReferralCode(url: string, code: string): string {
  const hashAt = url.indexOf('#');
  const fragment = hashAt < 0 ? '' : url.slice(hashAt);
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = new URLSearchParams(queryAt < 0 ? '' : beforeHash.slice(queryAt + 1));
  query.set(REFERRAL_PARAM, code);
  return `${path}?${query}${fragment}`;
}
