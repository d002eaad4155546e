// The floor: the least any Preact widget can cost a page. One button in an
// open shadow root that toggles a one-line panel, mounted the way the embed
// mounts its launcher. Built with the embed's own Preact (lib/floor-build.mjs).
import { Fragment, h, render } from 'preact';
import { useState } from 'preact/hooks';

const sheet = new CSSStyleSheet();
sheet.replaceSync(':host{position:fixed;inset:auto 16px 16px auto;z-index:2147483000}');

function Floor() {
  const [open, setOpen] = useState(false);
  return h(
    Fragment,
    null,
    open && h('div', { 'data-panel': '' }, 'Panel'),
    h(
      'button',
      { type: 'button', 'aria-expanded': open, onClick: () => setOpen(!open) },
      'Rewards',
    ),
  );
}

class BenchFloor extends HTMLElement {
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    render(h(Floor, null), root);
  }
}

customElements.define('bench-floor', BenchFloor);
const mount = () => document.body.append(document.createElement('bench-floor'));
if (document.body) mount();
else document.addEventListener('DOMContentLoaded', mount, { once: true });
