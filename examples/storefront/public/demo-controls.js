// The demo store's own controls (not part of Loyalty Kit): a language switcher
// and demo sign-in. A real shop's server mints the customer token and renders
// it into the script tag; this static demo mints one in the browser instead.
// DEMO ONLY: the secret below is public, so anyone could sign in as anyone.
const DEMO_SECRET = 'loyaltykit-demo-secret-not-for-production';
const DEMO_AUDIENCE = 'loyaltykit-demo';
// The member the demo backend knows (the layout's data-member: cus_maya, or the backend's own).
const DEMO_MEMBER = document.getElementById('demo-sign-in').dataset.member;

const encoder = new TextEncoder();
const base64url = (bytes) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
const part = (value) => base64url(encoder.encode(JSON.stringify(value)));

/** DEMO ONLY: an HS256 token for the demo member, valid one hour. */
async function mintDemoToken() {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    sub: DEMO_MEMBER,
    aud: DEMO_AUDIENCE,
    exp: Math.floor(Date.now() / 1000) + 3600,
  })}`;
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(DEMO_SECRET),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

// Calls made before loyaltykit.js has loaded are queued, and replayed in order once it has.
window.LoyaltyKit = window.LoyaltyKit || [];
const loyalty = (method, ...args) => {
  const kit = window.LoyaltyKit;
  if (Array.isArray(kit)) kit.push([method, ...args]);
  else kit[method](...args);
};

document.getElementById('demo-sign-in').addEventListener('click', () =>
  // A provider, not a token: the widgets ask again when the token expires.
  loyalty('identify', mintDemoToken),
);
document.getElementById('demo-sign-out').addEventListener('click', () => loyalty('signOut'));

const language = document.getElementById('demo-language');
language.value = window.LoyaltyKitConfig.locale;
language.addEventListener('change', () => {
  // Remembered for the next pages (the layout reads it) and the server's landing snippet.
  // biome-ignore lint/suspicious/noDocumentCookie: the synchronous read in the layout's head needs a cookie, and not every browser has cookieStore.
  document.cookie = `lang=${language.value}; path=/; SameSite=Lax`;
  loyalty('setLocale', language.value);
});
