import { describe, expect, it } from 'vitest';
import { encodeCursor, isCursorText, parseCursor } from './cursor';

const epoch = '6f1c2b1e-33f1-4c52-9a7e-2d0f5b8c9a10';

describe('sync cursor', () => {
  it('round-trips epoch and seq', () => {
    expect(encodeCursor({ epoch, seq: 0 })).toBe(`${epoch}.0`);
    expect(parseCursor(encodeCursor({ epoch, seq: 123_456 }))).toEqual({ epoch, seq: 123_456 });
  });

  it('refuses anything else, timestamps included', () => {
    for (const text of ['', '42', `${epoch}`, `${epoch}.`, `${epoch}.-1`, `${epoch}.01`, `${epoch}.1.5`, `${epoch}.99999999999999999`, '2025-01-15T14:30:00.000Z', `${epoch.toUpperCase()}.1`]) {
      expect(isCursorText(text)).toBe(false);
    }
  });
});
