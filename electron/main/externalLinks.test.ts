import { describe, expect, it } from 'vitest';
import { createExternalOpener, isAllowedExternalUrl } from './externalLinks';

describe('external links', () => {
  it('allows https URLs on allow-listed hosts only', () => {
    expect(isAllowedExternalUrl('https://training.fema.gov/icsresource/icsforms.aspx')).toBe(true);
    expect(isAllowedExternalUrl('https://www.fema.gov/')).toBe(true);
  });

  it.each([
    'http://training.fema.gov/',
    'https://evil.example/',
    'https://training.fema.gov.evil.example/',
    'https://user:pw@training.fema.gov/',
    'https://training.fema.gov:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://training.fema.gov/share',
    'app://liaison-desk/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('opens through the shell only when allowed', async () => {
    const opened: string[] = [];
    const open = createExternalOpener(async (url) => void opened.push(url), ['docs.example.org']);
    expect(await open('https://docs.example.org/a')).toBe(true);
    expect(await open('https://other.example.org/a')).toBe(false);
    expect(opened).toEqual(['https://docs.example.org/a']);
  });
});
