import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it when it is missing. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const artifacts = path.resolve(import.meta.dirname, '../../test-results');

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Collects the page's console errors and failed requests, so a test can assert there were none. */
export function problems(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A live-updates stream (server-sent events) is ended by the page when it leaves the view that listens.
    const liveStreamClosed =
      request.headers().accept === 'text/event-stream' && request.failure()?.errorText === 'net::ERR_ABORTED';
    if (!liveStreamClosed) found.push(`request: ${request.url()} ${request.failure()?.errorText}`);
  });
  return found;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(artifacts, { recursive: true });
  const file = path.join(artifacts, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
