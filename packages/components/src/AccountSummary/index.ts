export { AccountSummary, type AccountSummaryProps } from './AccountSummary.tsx';
