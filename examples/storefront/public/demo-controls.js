// The demo store's own controls (not part of Loyalty Kit): who is signed in, a
// demo member to sign in as, and the language. A real shop's server mints the
// customer token and renders it into the script tag; this demo's server does
// that for the member chosen here (serve.mjs), and the bar signs them in at
// once in the browser. DEMO ONLY: the secret is public (demo-token.js).
import { mintDemoToken, SESSION_COOKIE } from './demo-token.js';

const member = document.getElementById('demo-member');
const shopper = document.getElementById('demo-shopper');

// Calls made before loyaltykit.js has loaded are queued, and replayed in order once it has.
window.LoyaltyKit = window.LoyaltyKit || [];
const loyalty = (method, ...args) => {
  const kit = window.LoyaltyKit;
  if (Array.isArray(kit)) kit.push([method, ...args]);
  else kit[method](...args);
};

/** The store's session for the next pages (serve.mjs reads it), and the line that says who it is. */
function remember(id) {
  // biome-ignore lint/suspicious/noDocumentCookie: the server reads the session from a cookie, as a shop's does.
  // Kept a year, as long as the demo backend keeps a sign-out (localStorage): the two agree.
  document.cookie = `${SESSION_COOKIE}=${id}; path=/; max-age=31536000; SameSite=Lax`;
  const who = document.createElement('strong');
  shopper.dataset.signedIn = String(id !== 'guest');
  if (id === 'guest') {
    who.textContent = 'guest';
    shopper.replaceChildren('Browsing as a ', who, ', signed out');
  } else {
    who.textContent = member.selectedOptions[0]?.textContent ?? id;
    shopper.replaceChildren('Signed in as ', who);
  }
}

function signIn() {
  const id = member.value;
  remember(id);
  // A provider, not a token: the widgets ask again when the token expires.
  loyalty('identify', () => mintDemoToken(id));
}

document.getElementById('demo-sign-in').addEventListener('click', signIn);
// Picking another member while signed in switches to them; a guest picks, then signs in.
member.addEventListener('change', () => {
  if (shopper.dataset.signedIn === 'true') signIn();
});
document.getElementById('demo-sign-out').addEventListener('click', () => {
  remember('guest');
  loyalty('signOut');
});

const language = document.getElementById('demo-language');
language.value = window.LoyaltyKitConfig.locale;
language.addEventListener('change', () => {
  // Remembered for the next pages (the layout reads it) and the server's landing snippet.
  // biome-ignore lint/suspicious/noDocumentCookie: the synchronous read in the layout's head needs a cookie, and not every browser has cookieStore.
  document.cookie = `lang=${language.value}; path=/; SameSite=Lax`;
  loyalty('setLocale', language.value);
});
