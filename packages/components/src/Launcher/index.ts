export { Launcher } from './Launcher.tsx';
