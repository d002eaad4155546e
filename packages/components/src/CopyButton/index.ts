export { CodeTicket, type CodeTicketProps } from './CodeTicket.tsx';
export { CopyButton, type CopyButtonProps } from './CopyButton.tsx';
