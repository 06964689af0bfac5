import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axe, scrollsSideways } from './axe.js';
import { launch, problems, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = () => inject('e2eUrl');
const TARTOUS = 'Chinese troops arrived in the Syrian port of Tartous on Thursday.';

/** A page at a width, with the checks every view must pass: no serious or critical axe finding, no sideways scroll. */
async function open(width: number) {
  const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 } });
  const errors = problems(page);
  const check = async (view: string) => {
    expect(await axe(page, view), `axe on ${view} at ${width}px`).toEqual([]);
    expect(await scrollsSideways(page), `${view} at ${width}px scrolls sideways`).toBe(false);
    await screenshot(page, `${width}-${view}.png`);
  };
  return { page, errors, check };
}

/** Whether an element is (at least partly) inside the window. */
async function inView(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const height = page.viewportSize()?.height ?? 0;
  return box !== null && box.y < height && box.y + box.height > 0;
}

describe.for([1400, 390])('the explorer at %i px, in Chromium', (width) => {
  test('lists the articles, opens the story with every claim highlighted, and explains the selected one', async () => {
    const { page, errors, check } = await open(width);
    await page.goto(`${url()}/`);
    const story = page.locator('.articles a', { hasText: 'special operations teams to Syria' });
    await story.waitFor();
    await check('articles');

    await story.click();
    await page.waitForSelector('mark.appearance');
    expect(await page.locator('mark.appearance').count()).toBe(24);
    // Site furniture is set apart, labelled, and not article text.
    await expect.poll(() => page.locator('div.boilerplate').count()).toBeGreaterThan(0);
    expect(await page.locator('div.boilerplate').first().textContent()).toContain('LEAVE A REPLY');
    await check('article');

    // The legend filters: hiding rumours takes the rumour's highlight away, showing it brings it back.
    const rumour = page.locator('.legend-item[data-certainty="RUMOUR"]');
    await rumour.click();
    expect(await rumour.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('mark.appearance.filtered[data-certainty="RUMOUR"]').count()).toBe(1);
    await rumour.click();
    expect(await page.locator('mark.appearance.filtered').count()).toBe(0);
    // So does the verdict filter: only the claims being checked keep their highlight.
    await page.selectOption('#status-filter', 'IN_PROGRESS');
    const kept = await page.locator('mark.appearance:not(.filtered)').count();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(24);
    await page.selectOption('#status-filter', '');

    // The Tartous report, picked by keyboard from the claim list: its detail opens in view, focused.
    await page.locator('.claim-index summary').click();
    const link = page.locator('.claim-index a', { hasText: TARTOUS });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.claim-panel');
    expect(await page.locator('.claim-text').textContent()).toBe(TARTOUS);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('claim-text');
    expect(await inView(page, '.claim-text')).toBe(true);
    const hops = page.locator('ol.chain > li');
    expect(await hops.count()).toBe(2);
    expect(await hops.nth(0).textContent()).toContain('unnamed source');
    expect(await hops.nth(0).textContent()).toContain('F reliability cannot be judged');
    expect(await hops.nth(1).textContent()).toContain('reported by');
    expect(await hops.nth(1).textContent()).toContain('B usually reliable');
    // Credibility 6 reads as what it means on the Admiralty scale.
    await expect.poll(() => page.locator('.assessments').textContent()).toContain('6 truth cannot be judged');
    expect(await page.locator('.claim-panel').textContent()).toContain('being checked');
    expect(await page.locator('.claim-panel').textContent()).not.toContain('IN_PROGRESS');
    expect(page.url()).toMatch(/#\/article\/[^/]+\/[^/]+$/);
    await check('claim');

    // The link is the claim: opening it afresh selects it again.
    const link2 = page.url();
    const again = await browser.newPage({ viewport: { width, height: 800 } });
    await again.goto(link2);
    await again.waitForSelector('.claim-panel');
    expect(await again.locator('.claim-text').textContent()).toBe(TARTOUS);
    await again.close();

    // Search uses the API's search; a claim hit opens the claim in its article.
    await page.fill('#search', 'Tartous');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.search-results .hits li');
    await check('search');
    await page.locator('.search-results a', { hasText: TARTOUS }).click();
    await page.waitForSelector('.claim-panel');
    expect(await page.locator('.claim-text').textContent()).toBe(TARTOUS);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('sources with their dated ratings and rationale, actors with their place and history', async () => {
    const { page, errors, check } = await open(width);
    await page.goto(`${url()}/#/sources`);
    await page.locator('a.entity', { hasText: 'Unconfirmed reports (unnamed)' }).click();
    await page.waitForSelector('.ratings li');
    expect(await page.locator('.ratings li').first().textContent()).toContain('F reliability cannot be judged');
    expect(await page.locator('.ratings .rationale').first().textContent()).toContain('cannot be judged');
    expect(await inView(page, '.lists > .detail')).toBe(true);
    await expect.poll(() => page.locator('.detail ul.claims li').count()).toBe(1);
    expect(await page.locator('.detail ul.claims li').textContent()).toContain('unnamed source');
    await page.locator('.detail .history summary').click();
    await expect.poll(() => page.locator('.detail .changes li').count()).toBeGreaterThan(0);
    expect(await page.locator('.detail .changes li').first().textContent()).toContain('claimgraph seed');
    await check('source');

    await page.locator('nav a', { hasText: 'Actors' }).click();
    await page.locator('a.entity', { hasText: 'Bashar al-Assad' }).click();
    await expect.poll(() => page.locator('.detail ul.claims li').count()).toBeGreaterThan(0);
    expect(await page.locator('.detail').textContent()).toContain('person');
    await check('actor');
    expect(errors).toEqual([]);
    await page.close();
  });
});
