import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl } from './app-origin';

describe('isAppUrl', () => {
  it('accepts the app and its paths', () => {
    expect(isAppUrl(APP_URL)).toBe(true);
    expect(isAppUrl('app://desk')).toBe(true);
    expect(isAppUrl('app://desk/rooms?page=2#top')).toBe(true);
  });

  const foreign = ['app://desk.evil/', 'app://desk:8080/', 'app://a:b@desk/', 'https://desk/', 'file:///desk'];
  it.each([...foreign, 'app:desk', '', 'null'])('rejects %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
