import { describe, expect, it } from 'vitest';
import { safeRedirect } from './safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps in-app paths with their query', () => {
    expect(safeRedirect('/quotes/new?x=1#top')).toBe('/quotes/new?x=1#top');
    expect(safeRedirect(['/quotes/new', '/other'])).toBe('/quotes/new');
  });

  it('falls back to / for anything else', () => {
    for (const value of [
      undefined,
      null,
      '',
      'quotes',
      'https://evil.example',
      '//evil.example',
      '/\\evil',
    ]) {
      expect(safeRedirect(value)).toBe('/');
    }
    expect(safeRedirect('/sign-in?redirect=/x')).toBe('/');
  });
});
