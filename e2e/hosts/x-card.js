// A theme's own web component: a shadow root whose card paints the background
// and slots the merchant's content (our embed among it).
customElements.define(
  'x-card',
  class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const card = document.createElement('div');
      card.className = 'card';
      card.append(document.createElement('slot'));
      card.firstChild.name = 'title';
      card.append(document.createElement('slot'));
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.card{background:#1e3a2f;color:#e6f4ea;padding:16px;border-radius:8px}');
      root.adoptedStyleSheets = [sheet];
      root.append(card);
    }
  },
);
