/**
 * How far beyond the viewport an embed counts as near: a quarter of the
 * viewport's height above and below, so one scrolled towards renders just
 * before it comes into view.
 */
const MARGIN = '25% 0px';

/** Which embeds are near the viewport; see {@link watchViewport}. */
export interface ViewportWatch {
  /**
   * Whether `element` is near the viewport or has been. Until it is known to
   * be, false, and it is watched: `onNear` is called once when it comes near.
   */
  isNear(element: Element): boolean;
  /**
   * Marks the elements near the viewport now, as the observer would say a
   * frame later, reading their boxes in one pass (one layout) before
   * anything is written: for a first paint that has its data already.
   */
  measure(elements: Iterable<Element>): void;
  /** Stops watching an element that left the page. */
  forget(element: Element): void;
}

/**
 * Watches embeds for coming near the viewport (an IntersectionObserver), so
 * a grid of 480 products renders the few in view and the rest as the shopper
 * scrolls towards them, while their shells hold their room (no layout shift).
 * Once near, an element stays so. Without IntersectionObserver every element
 * is near.
 */
export function watchViewport(onNear: (element: HTMLElement) => void): ViewportWatch {
  const near = new WeakSet<Element>();
  if (typeof IntersectionObserver !== 'function') {
    return { isNear: () => true, measure() {}, forget() {} };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const { isIntersecting, target } of entries) {
        if (!isIntersecting || near.has(target)) continue;
        near.add(target);
        observer.unobserve(target);
        onNear(target as HTMLElement);
      }
    },
    { rootMargin: MARGIN },
  );
  return {
    isNear(element) {
      if (near.has(element)) return true;
      observer.observe(element);
      return false;
    },
    measure(elements) {
      const margin = innerHeight / 4;
      for (const element of elements) {
        const { top, right, bottom, left, width, height } = element.getBoundingClientRect();
        if ((width || height) && bottom >= -margin && top <= innerHeight + margin) {
          if (right >= 0 && left <= innerWidth) near.add(element);
        }
      }
    },
    forget(element) {
      observer.unobserve(element);
      near.delete(element);
    },
  };
}
