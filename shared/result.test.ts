import { describe, expect, it } from 'vitest';
import { fail, ok } from './result';

describe('result', () => {
  it('wraps values and errors', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(fail('nope')).toEqual({ ok: false, error: 'nope' });
  });
});
