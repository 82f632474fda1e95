/** Measures the bytes a browser transfers until the first slide is shown, ready and its fonts loaded. */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/node/browser.ts';
import { READY, readySelector, SLIDE_SIZE } from '../../src/core/contract.ts';

export interface FirstSlideTransfer {
  readonly requests: number;
  /** Bytes on the wire (compressed where the server compresses). */
  readonly bytes: number;
}

export async function measureFirstSlideTransfer(url: string): Promise<FirstSlideTransfer> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { ...SLIDE_SIZE } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url);
    await page.waitForSelector(readySelector(READY.deck));
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    return { requests, bytes };
  } finally {
    await browser.close();
  }
}
