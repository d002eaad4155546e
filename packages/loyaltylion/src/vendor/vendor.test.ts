import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (name: string) => readFileSync(new URL(name, import.meta.url));

describe('the vendored Headless API types', () => {
  it('are byte for byte the file NOTICE.md names', () => {
    const notice = read('NOTICE.md').toString('utf8');
    const recorded = /sha-256 of the file\s*\|\s*`([0-9a-f]{64})`/.exec(notice)?.[1];
    expect(recorded).toBeDefined();
    expect(createHash('sha256').update(read('api.ts')).digest('hex')).toBe(recorded);
  });

  it('travel with their MIT licence', () => {
    const licence = read('LICENSE.md').toString('utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('LoyaltyLion Ltd.');
  });
});
