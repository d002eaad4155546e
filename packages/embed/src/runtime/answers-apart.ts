import { yieldToPage } from '../shared/yield-to-page.ts';

/**
 * `backend`, handing each answer on in a task of its own: reading and
 * validating a response is one task, what the page does with it (the
 * model's update and every render that causes) the next, so neither makes a
 * long task on a phone. What answers at once (a kept programme) and a
 * failure pass straight through.
 */
export const answersApart = <B extends object>(backend: B): B =>
  new Proxy(backend, {
    get(target, key) {
      const value = Reflect.get(target, key);
      return typeof value === 'function'
        ? (...args: unknown[]) => {
            const answer = value.apply(target, args);
            return answer instanceof Promise
              ? answer.then((settled) => yieldToPage().then(() => settled))
              : answer;
          }
        : value;
    },
  });
