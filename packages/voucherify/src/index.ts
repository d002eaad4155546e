export { type VoucherifyConnectorOptions, voucherifyConnector } from './connector.ts';
export { type VoucherifyCredentials, VoucherifyError } from './http.ts';
export { ACTION_METADATA, VOUCHERIFY_CAPABILITIES } from './map-program.ts';
export { fromVoucherifyAmount } from './money.ts';
