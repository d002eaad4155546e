import type { Host } from '../shared/host.ts';
import { LAZY_WIDGETS, ROOM_ATTRIBUTE } from '../shared/widget-table.ts';

/**
 * Defines the widgets' custom elements as shells: each gets an open shadow
 * root that adopts the shared sheets and, until the runtime paints it, holds
 * the embed's room (widget-table.ts) so the shop does not move; a pasted
 * snippet (a declarative shadow root, e.g. the landing section) stays on
 * screen instead. `<loyalty-launcher>` holds no room: its button is fixed.
 * Elements the host adds later (SPA navigation, infinite scroll) upgrade by
 * themselves. A name already taken (another copy, another vendor) is left
 * alone with a warning.
 */
export function defineShells(host: Host): void {
  const table: [string, { attributes: readonly string[]; room?: number }][] = [
    ['loyalty-launcher', { attributes: [] }],
    ...Object.entries(LAZY_WIDGETS),
  ];
  for (const [name, { attributes, room }] of table) {
    if (customElements.get(name)) {
      console.warn(`[LoyaltyKit] <${name}> is already defined on this page; left alone.`);
      continue;
    }
    customElements.define(
      name,
      class extends HTMLElement {
        static observedAttributes = attributes;

        connectedCallback() {
          const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
          // A pasted snippet (a declarative shadow root) brings its own styles, which ours, adopted
          // after them, would override before its live content is ready: the runtime adopts then.
          if (!root.firstChild) host.adopt(this);
          if (room && !root.firstChild) {
            const placeholder = document.createElement('div');
            placeholder.setAttribute(ROOM_ATTRIBUTE, '');
            placeholder.setAttribute('aria-hidden', 'true');
            placeholder.style.minBlockSize = `${room}px`;
            root.append(placeholder);
          }
          host.connected.add(this);
          host.paint(this);
        }

        attributeChangedCallback() {
          // Variant pickers change price and quantity: the same element shows the new numbers.
          if (host.connected.has(this)) host.paint(this);
        }

        disconnectedCallback() {
          host.connected.delete(this);
          host.unadopted.delete(this);
          host.paint(this);
        }
      },
    );
  }
}
