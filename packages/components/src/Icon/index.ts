export {
  DIRECTIONAL_ICONS,
  earnIcon,
  ICON_NAMES,
  Icon,
  type IconName,
  type IconProps,
  rewardIcon,
} from './Icon.tsx';
