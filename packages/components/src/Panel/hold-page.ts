/**
 * Holds the page still behind the open panel: the root's overflow is hidden
 * (inline and important, which no stylesheet of the page outranks) and, when
 * a classic scrollbar takes room, its gutter is kept, so nothing moves
 * sideways when the scrollbar goes. Hiding overflow keeps the scroll
 * position. The function it returns puts back what the page's own inline
 * style said for those properties (longhands, so a page's own `overflow-x`
 * survives), and nothing else.
 */
export function holdPage(): () => void {
  const root = document.documentElement;
  const { style } = root;
  const held: Record<string, string> = { 'overflow-x': 'hidden', 'overflow-y': 'hidden' };
  if (innerWidth > root.clientWidth) held['scrollbar-gutter'] = 'stable';
  const saved = Object.keys(held).map(
    (name) => [name, style.getPropertyValue(name), style.getPropertyPriority(name)] as const,
  );
  for (const [name, value] of Object.entries(held)) style.setProperty(name, value, 'important');
  return () => {
    for (const [name, value, priority] of saved) style.setProperty(name, value, priority);
  };
}
