import { REFERRAL_PARAM, referralCodeOf } from '@loyaltykit/core';

/** Where the code is kept for the rest of the visit (this tab, until it closes). */
const KEY = 'loyaltykit:referral';

/**
 * The referral code the shopper arrived with: the `lk_ref` parameter
 * (`REFERRAL_PARAM`) of this page's URL, or of an earlier page in this visit. A code in the URL is kept in
 * sessionStorage, so a shopper who lands on `/?lk_ref=MAYA-7K2`, browses to a
 * product and only then opens the panel is still welcomed as a friend.
 * Called by the backend chunks at boot (on every page, so the landing page
 * keeps the code even if the panel is never opened there); widgets read it
 * through {@link referralCode}.
 */
export function rememberReferralCode(): string | undefined {
  let fromUrl: string | undefined;
  // Never throws: the backend chunk calls this at boot, and a referral must not cost the widget.
  try {
    fromUrl = referralCodeOf(new URLSearchParams(location.search).get(REFERRAL_PARAM));
    if (fromUrl) sessionStorage.setItem(KEY, fromUrl);
    return fromUrl ?? referralCodeOf(sessionStorage.getItem(KEY));
  } catch {
    // Storage refused (a sandboxed frame, strict privacy settings): this page's URL is all there is.
    return fromUrl;
  }
}

let thisPage: { code: string | undefined } | undefined;

/**
 * {@link rememberReferralCode}, read once per page and chunk: widgets ask on
 * every render (24 product cards, each repaint), and neither the URL nor the
 * visit's code changes meanwhile.
 */
export function referralCode(): string | undefined {
  thisPage ??= { code: rememberReferralCode() };
  return thisPage.code;
}
