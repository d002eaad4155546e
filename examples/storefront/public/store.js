// The theme's own script, on every page (not part of Loyalty Kit). A code
// Loyalty Kit hands over (`loyalty:redeem`: "Apply to cart" in the panel, or
// the checkout's reward picker) goes into the cart, as a shop's cart keeps a
// discount code, and comes off when the shopper cancels that reward
// (`loyalty:redemption-cancelled`). One code per order; a new one replaces it.
// On the cart page the totals follow: a free-shipping code makes shipping free.
const KEY = 'harbor-cart-discount';

/** The code in the cart: `{ code, reward }` as `loyalty:redeem` gave it, or `null`. */
function cartDiscount() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

function keep(discount) {
  try {
    if (discount) localStorage.setItem(KEY, JSON.stringify(discount));
    else localStorage.removeItem(KEY);
  } catch {
    // No storage (private mode): the code still applies on this page.
  }
  showTotals(discount);
}

document.addEventListener('loyalty:redeem', ({ detail: { code, reward } }) =>
  keep({ code, reward }),
);
document.addEventListener('loyalty:redemption-cancelled', ({ detail }) => {
  if (cartDiscount()?.code === detail.code) keep(null);
});

const money = (minor) => `$${(minor / 100).toFixed(2)}`;

/**
 * The cart's totals with `discount` applied: what comes off the items (an
 * amount, a percentage, none for a free product) or, for free shipping, the
 * shipping. Nothing happens on pages without totals.
 */
function showTotals(discount) {
  const totals = document.getElementById('totals');
  if (!totals) return;
  const subtotal = Number(totals.dataset.subtotal);
  const shipping = Number(totals.dataset.shipping);
  const reward = discount?.reward;
  const freeShipping = reward?.kind === 'free_shipping';
  const off = Math.min(
    subtotal,
    reward?.value?.amountMinor ?? Math.round((subtotal * (reward?.percent ?? 0)) / 100),
  );
  const field = (id, text) => {
    document.getElementById(id).textContent = text;
  };
  field('shipping', freeShipping ? `Free (was ${money(shipping)})` : money(shipping));
  field(
    'discount',
    !discount
      ? 'None'
      : off > 0
        ? `−${money(off)} (${discount.code})`
        : `${reward.title} (${discount.code})`,
  );
  field('total', money(subtotal - off + (freeShipping ? 0 : shipping)));
  document.getElementById('code').value = discount?.code ?? '';
}

// The order confirmation is where the cart's code is used up.
if (document.getElementById('order-confirmed')) keep(null);
else showTotals(cartDiscount());
