// The demo chunk: the mock engine and msw, loaded only by pages that ask for
// `data-api-url="demo"`; the production entry never contains it.
export { createDemo } from '@loyaltykit/mock-backend';
