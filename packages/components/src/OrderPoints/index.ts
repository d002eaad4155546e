export { OrderPoints, type OrderPointsProps } from './OrderPoints.tsx';
