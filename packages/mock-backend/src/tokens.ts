/**
 * The demo programme's identity settings. The mock backend verifies tokens
 * exactly like a real backend must (through the gateway); browser demo pages
 * mint tokens with the public demo secret: demos only, labelled as such
 * wherever it is used. No imports, so e2e helpers can load it as it is.
 */

/** The shared secret of the demo programme. Public on purpose: never use it for real customers. */
export const DEMO_SECRET = 'loyaltykit-demo-secret-not-for-production';
/** The audience demo tokens are minted for. */
export const DEMO_AUDIENCE = 'loyaltykit-demo';
/** The demo programme's publishable key: the one key the mock backend knows unless told others. */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo';
