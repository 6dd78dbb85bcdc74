/**
 * `fn` over every item, at most `limit` calls in flight, results in the items' order. For I/O
 * that gains from overlapping round trips but must not flood the other side (a Blobs store,
 * Pagefind's service). The first rejection rejects the whole.
 */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
