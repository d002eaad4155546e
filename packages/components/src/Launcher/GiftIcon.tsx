/** Decorative gift glyph; the button's text carries the meaning. */
export function GiftIcon({ class: className }: { class?: string }) {
  return (
    <svg
      class={className}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M3 8h18v4H3zm2 4v9h14v-9M12 8v13M12 8C11 4 7 3 7 6s5 2 5 2 5 1 5-2-4-2-5 2" />
    </svg>
  );
}
