import { describe, expect, it } from 'vitest';
import { answersApart } from './answers-apart.ts';

const macrotask = () => new Promise((resolve) => setTimeout(resolve));

describe('answersApart', () => {
  it('hands an answer on only in a later task, not in the microtasks of the one that read it', async () => {
    const backend = answersApart({ getProgram: () => Promise.resolve({ name: 'Rewards' }) });
    let answer: unknown;
    void backend.getProgram().then((value) => {
      answer = value;
    });
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(answer).toBeUndefined();
    await macrotask();
    await macrotask();
    expect(answer).toEqual({ name: 'Rewards' });
  });

  it('passes what answers at once, properties and failures straight through', async () => {
    const backend = answersApart({
      id: 7,
      cachedProgram: () => 'kept',
      redeem: () => Promise.reject(new Error('refused')),
    });
    expect(backend.id).toBe(7);
    expect(backend.cachedProgram()).toBe('kept');
    await expect(backend.redeem()).rejects.toThrow('refused');
  });

  it('calls the method on the backend itself', async () => {
    const backend = answersApart({
      token: 'abc',
      read(this: { token: string }) {
        return Promise.resolve(this.token);
      },
    });
    await expect(backend.read()).resolves.toBe('abc');
  });
});
