/** Every request a browser context makes, and those that leave the deck's origin (stopped, unless asked not to). */
import type { BrowserContext } from '@playwright/test';

/**
 * Records every request the context makes. With `stop` (the default), those to another origin are also
 * aborted, so the test never depends on a network; that routes every request through the test, which
 * slows the page's own requests too.
 */
export async function recordRequests(context: BrowserContext, origin: string, { stop = true } = {}): Promise<{ all: string[]; elsewhere: string[] }> {
  const all: string[] = [];
  const elsewhere: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    all.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) elsewhere.push(`${request.resourceType()} ${url}`);
  });
  if (!stop) return { all, elsewhere };
  await context.route(
    (url) => url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin,
    (route) => route.abort('internetdisconnected'),
  );
  return { all, elsewhere };
}
