import { describe, expect, it } from 'vitest';
import { resolveColorScheme } from './resolveColorScheme';

describe('resolveColorScheme', () => {
  it('uses an explicit preference regardless of the OS', () => {
    expect(resolveColorScheme('light', 'dark')).toBe('light');
    expect(resolveColorScheme('dark', 'light')).toBe('dark');
  });

  it('follows the OS when the preference is system', () => {
    expect(resolveColorScheme('system', 'dark')).toBe('dark');
    expect(resolveColorScheme('system', 'light')).toBe('light');
  });
});
