// The ko catalog, loaded before first render on pages whose locale is ko.
export { ko as catalog } from '@loyaltykit/core';
