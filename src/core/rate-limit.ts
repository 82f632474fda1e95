/** A token bucket: `burst` messages at once, then `perSecond` on average; a call says whether one more may go. */
export function rateLimit({ burst, perSecond }: { readonly burst: number; readonly perSecond: number }, now: () => number = Date.now): () => boolean {
  let tokens = burst;
  let at = now();
  return () => {
    const time = now();
    tokens = Math.min(burst, tokens + ((time - at) / 1000) * perSecond);
    at = time;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
