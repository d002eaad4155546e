export { TierProgress } from './TierProgress.tsx';
