import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchViewport } from './near-viewport.ts';

/** An IntersectionObserver that reports what the test says, and records what it watches. */
function fakeObserver() {
  const watched = new Set<Element>();
  let report: (entries: { isIntersecting: boolean; target: Element }[]) => void = () => {};
  let margin: string | undefined;
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: typeof report, options: { rootMargin?: string }) {
        report = callback;
        margin = options.rootMargin;
      }
      observe(element: Element) {
        watched.add(element);
      }
      unobserve(element: Element) {
        watched.delete(element);
      }
    },
  );
  return {
    watched,
    margin: () => margin,
    report: (target: Element, isIntersecting: boolean) => report([{ target, isIntersecting }]),
  };
}

/** An element whose box is `top`..`top + 44` px, 200 px wide at the left of the viewport. */
const at = (top: number) =>
  ({
    getBoundingClientRect: () => ({
      top,
      bottom: top + 44,
      left: 0,
      right: 200,
      width: 200,
      height: 44,
    }),
  }) as unknown as HTMLElement;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('watchViewport', () => {
  it('an embed is not near until the observer says so, then near for good, and no longer watched', () => {
    const observer = fakeObserver();
    const near = vi.fn();
    const watch = watchViewport(near);
    const element = at(0);
    expect(watch.isNear(element)).toBe(false);
    expect(observer.watched.has(element)).toBe(true);
    observer.report(element, false);
    expect(near).not.toHaveBeenCalled();
    observer.report(element, true);
    expect(near).toHaveBeenCalledWith(element);
    expect(watch.isNear(element)).toBe(true);
    expect(observer.watched.has(element)).toBe(false);
    // It scrolled away and back: painted already, nothing more to do.
    observer.report(element, true);
    expect(near).toHaveBeenCalledTimes(1);
  });

  it('counts a quarter of the viewport above and below as near', () => {
    const observer = fakeObserver();
    watchViewport(() => {});
    expect(observer.margin()).toBe('25% 0px');
  });

  it('measure() marks what is in or near the viewport now, and leaves the rest to the observer', () => {
    fakeObserver();
    vi.stubGlobal('innerHeight', 800);
    vi.stubGlobal('innerWidth', 1280);
    const watch = watchViewport(() => {});
    const [inView, justBelow, farBelow, above, farAbove] = [
      at(100),
      at(950),
      at(1100),
      at(-230),
      at(-300),
    ];
    const hidden = {
      getBoundingClientRect: () => ({ top: 0, bottom: 0, left: 0, right: 0, width: 0, height: 0 }),
    } as unknown as HTMLElement;
    const all = [inView, justBelow, farBelow, above, farAbove, hidden];
    watch.measure(all);
    // 200 px (a quarter of 800) above and below count.
    expect(all.map((e) => watch.isNear(e))).toEqual([true, true, false, true, false, false]);
  });

  it('forgets an element that left the page', () => {
    const observer = fakeObserver();
    const watch = watchViewport(() => {});
    const element = at(0);
    watch.isNear(element);
    watch.forget(element);
    expect(observer.watched.has(element)).toBe(false);
  });

  it('without IntersectionObserver every embed is near', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    expect(watchViewport(() => {}).isNear(at(5000))).toBe(true);
  });
});
