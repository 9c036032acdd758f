/**
 * Defers building a lookup until first use: the region data is bundled into the
 * UI, and opening a window must not pay for indexing 25,000 communities.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
