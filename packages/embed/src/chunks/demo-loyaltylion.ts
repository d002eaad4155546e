// A fake of LoyaltyLion's Headless API in the page, loaded by the loyaltylion
// runtime only when the page asks for `data-api-url="demo"`: the demo store
// over LoyaltyLion's own published examples (packages/loyaltylion, testing).
export { createFakeHeadlessApi } from '@loyaltykit/loyaltylion/testing';
