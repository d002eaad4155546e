// The demo chunk: the mock engine and msw, loaded only by pages that ask for
// `data-api-url="demo"`. Built separately (LK_BUILD=demo) as an ES module.
export { createDemo } from '@loyaltykit/mock-backend';
