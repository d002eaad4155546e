export { LoyaltyLanding, type LoyaltyLandingProps } from './LoyaltyLanding.tsx';
