import type { Meta, StoryObj } from '@storybook/preact-vite';
import { expect } from 'storybook/test';
import { widgetRoot } from '../stories/play.ts';
import { ICON_NAMES, Icon } from './index.ts';

/** The widgets' icon set, left to right and right to left: only arrows turn round. */
const meta = {
  title: 'Primitives/Icon',
  component: Icon,
  args: { name: 'chevron' },
  argTypes: { name: { control: 'select', options: ICON_NAMES } },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

const row = (dir: 'ltr' | 'rtl') => (
  <p
    dir={dir}
    data-dir={dir}
    style={{ display: 'flex', flexWrap: 'wrap', gap: '12px', fontSize: '24px' }}
  >
    {ICON_NAMES.map((name) => (
      <span key={name} data-icon={name} title={name}>
        <Icon name={name} />
      </span>
    ))}
  </p>
);

const transform = (root: Element, dir: string, name: string) => {
  const svg = root.querySelector(`[data-dir="${dir}"] [data-icon="${name}"] svg`);
  if (!svg) throw new Error(`no ${name} icon in ${dir}`);
  return getComputedStyle(svg).transform;
};

/** Every icon in both directions. */
export const AllIcons: Story = {
  name: 'All icons, LTR and RTL',
  render: () => (
    <div>
      {row('ltr')}
      {row('rtl')}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const root = widgetRoot(canvasElement);
    // The chevron points forward in both directions: flipped in RTL only.
    await expect(transform(root, 'ltr', 'chevron')).toBe('none');
    await expect(transform(root, 'rtl', 'chevron')).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    // A truck or a star is the same object in Arabic.
    await expect(transform(root, 'rtl', 'truck')).toBe('none');
    await expect(transform(root, 'rtl', 'star')).toBe('none');
  },
};
