export { EarnPage } from './EarnPage.tsx';
