import { useEffect, useState } from 'react';

/** The page lives in the URL hash, so a reload (F5) stays on the same page. */
export function useHashRoute<T extends string>(routes: readonly T[], fallback: T): [T, (r: T) => void] {
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
  return [route, (r: T) => (window.location.hash = `#/${r}`)];
}
