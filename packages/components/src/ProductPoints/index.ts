export { ProductPoints, type ProductPointsProps } from './ProductPoints.tsx';
