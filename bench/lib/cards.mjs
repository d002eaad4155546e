// The product cards of the grid fixtures (bench/fixtures/collection.html):
// 24 make the collection page, 1 to 480 the cost curve's infinite-scroll grid.
// Each card carries one <loyalty-product-points>, with a different product and price.

/** Price of card `i` (1-based), in dollars with cents. */
const price = (i) => `${25 + 7 * (i - 1)}.00`;

const card = (i) =>
  `<article class="card"><div class="swatch"></div><h3>Product ${i}</h3><p>$${price(i)}</p>` +
  `<loyalty-product-points product-id="p-${i}" price="${price(i)}" currency="USD"></loyalty-product-points>` +
  '<form action="/cart" method="post"><button type="submit">Add to cart</button></form></article>';

/** The HTML of `count` cards, one per line. */
export function cardsHtml(count) {
  if (!Number.isInteger(count) || count < 0 || count > 10_000) {
    throw new RangeError(`cards must be a whole number from 0 to 10,000, not ${count}`);
  }
  return Array.from({ length: count }, (_, i) => card(i + 1)).join('\n');
}
