export { RedeemPage } from './RedeemPage.tsx';
