export { Nudge, type NudgeProps } from './Nudge.tsx';
