import { useEffect, useState } from 'react';

/**
 * The page lives in the URL hash (#/page?key=value), so a reload (F5) stays on
 * the same page with the same record open.
 */
export function hashParams(): URLSearchParams {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '');
}

export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [T, (r: T, params?: Record<string, string>) => void] {
  const read = () => {
    const h = window.location.hash.replace(/^#\/?/, '').split('?')[0] as T;
    return routes.includes(h) ? h : fallback;
  };
  const [route, setRoute] = useState<T>(read);
  useEffect(() => {
    const onHash = () => setRoute(read());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  });
  return [
    route,
    (r: T, params?: Record<string, string>) => (window.location.hash = `#/${r}${params ? `?${new URLSearchParams(params)}` : ''}`),
  ];
}
