export { CartPoints, type CartPointsProps } from './CartPoints.tsx';
