// What both backend chunks (client.ts, demo.ts) carry besides the backend:
// they are loaded at boot on every page, so what every page needs right
// after boot travels with them instead of in the entry or a request of its own.
import { rememberReferralCode } from '../referral.ts';

// A referral link's code is kept before the shopper browses on, even if the panel is never opened here.
rememberReferralCode();

export { themeCss } from '@loyaltykit/theme';
export { goLive } from '../go-live.ts';
export { ScriptNudge as Nudge } from '../nudge.tsx';
export { setUp } from '../set-up.ts';
