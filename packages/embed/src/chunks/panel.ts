// The panel chunk, loaded on intent (hover or focus on the launcher) or first
// open. It brings the panel's English messages: the entry carries only its own.
export { Panel } from '@loyaltykit/components';
export { enPanel } from '@loyaltykit/core';
