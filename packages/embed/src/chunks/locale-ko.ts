// The ko catalog, loaded before first render on pages whose locale is ko, with
// its grammar: the particles that follow a value's last sound.
export { ko as catalog, koreanParticles as grammar } from '@loyaltykit/core';
