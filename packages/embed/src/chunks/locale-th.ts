// The th catalog, loaded before first render on pages whose locale is th.
export { th as catalog } from '@loyaltykit/core';
