import { describe, expect, it } from 'vitest';
import { formatPhone, telHref } from './phoneFormat';

describe('phone display and tel: links', () => {
  it('groups North American numbers and leaves others as typed', () => {
    expect(formatPhone('4155550142')).toBe('(415) 555-0142');
    expect(formatPhone('+1 628-555-0123')).toBe('+1 (628) 555-0123');
    expect(formatPhone(' +44 20 7946 0958 ')).toBe('+44 20 7946 0958');
    expect(formatPhone('(415) 555-0142 x12')).toBe('(415) 555-0142 x12');
  });

  it('dials digits only, keeping a leading + and an extension', () => {
    expect(telHref('(415) 555-0142')).toBe('tel:4155550142');
    expect(telHref('+44 20 7946 0958')).toBe('tel:+442079460958');
    expect(telHref('415.555.0142 ext. 7')).toBe('tel:4155550142;ext=7');
  });
});
