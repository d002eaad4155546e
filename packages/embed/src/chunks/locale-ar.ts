// The ar catalog, loaded before first render on pages whose locale is ar.
export { ar as catalog } from '@loyaltykit/core';
