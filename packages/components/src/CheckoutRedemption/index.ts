export { CheckoutRedemption, type CheckoutRedemptionProps } from './CheckoutRedemption.tsx';
