// The panel chunk, loaded on intent (hover or focus on the launcher) or first open.
export { Panel } from '@loyaltykit/components';
