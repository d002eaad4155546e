export { MyRewardsPage } from './MyRewardsPage.tsx';
