import { stat } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch, problems, screenshot } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const url = () => inject('e2eUrl');

/** How many claim appearances the API says the article has: the page must highlight each one. */
async function appearanceCount() {
  const response = await fetch(`${url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ articles(first: 1) { edges { node { currentVersion { appearances { totalCount } } } } } }',
    }),
  });
  const body = (await response.json()) as {
    data: { articles: { edges: { node: { currentVersion: { appearances: { totalCount: number } } } }[] } };
  };
  return body.data.articles.edges[0]?.node.currentVersion.appearances.totalCount ?? -1;
}

describe('the explorer, in Chromium', () => {
  test('shows the article with one highlight per claim appearance, and the Tartous report’s chain when selected', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors = problems(page);
    await page.goto(`${url()}/`);
    await page.waitForSelector('body[data-ready="true"]');

    const expected = await appearanceCount();
    expect(expected).toBe(24);
    const marks = page.locator('mark.appearance');
    expect(await marks.count()).toBe(expected);
    // Coloured by stated certainty: the legend lists each certainty the article uses.
    expect(await page.locator('mark.appearance[data-certainty="RUMOUR"]').count()).toBe(1);
    expect(await page.locator('.legend li').count()).toBeGreaterThan(5);

    const tartous = page.locator('mark.appearance[data-certainty="UNCONFIRMED_REPORT"]', {
      hasText: 'Tartous on Thursday',
    });
    await tartous.click();
    await expect.poll(() => tartous.getAttribute('aria-pressed')).toBe('true');
    const detail = page.locator('aside.detail');
    await expect
      .poll(() => detail.locator('.claim-text').textContent())
      .toBe('Chinese troops arrived in the Syrian port of Tartous on Thursday.');
    const hops = detail.locator('ol.chain > li');
    expect(await hops.count()).toBe(2);
    expect(await hops.nth(0).getAttribute('data-role')).toBe('UNNAMED_SOURCE');
    expect(await hops.nth(0).locator('.agent').textContent()).toBe('Unconfirmed reports (unnamed)');
    expect(await hops.nth(1).getAttribute('data-role')).toBe('REPORTER');
    expect(await hops.nth(1).locator('.agent').textContent()).toBe('The Independent');

    // The claim's actors, its current assessment and its related claims come from a second SDK call.
    await expect.poll(() => detail.locator('dd.status').textContent()).toBe('in progress');
    expect(await detail.locator('ul.actors li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('People’s Liberation Army')]),
    );
    expect(await detail.locator('ul.relations li').count()).toBe(3);
    expect(page.url()).toMatch(/#story\//);

    const file = await screenshot(page, 'explorer-tartous.png');
    expect((await stat(file)).size).toBeGreaterThan(10_000);

    // Following a related claim selects its appearance in the text.
    await detail.locator('ul.relations button', { hasText: 'state media' }).click();
    await expect
      .poll(() => page.locator('mark.appearance[aria-pressed="true"]').getAttribute('data-certainty'))
      .toBe('ABSENCE_OF_CONFIRMATION');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('lists actors and sources, each with the claims it takes part in or carried', async () => {
    const page = await browser.newPage();
    const errors = problems(page);
    await page.goto(`${url()}/#sources`);
    await page.waitForSelector('button.entity');
    await page
      .locator('button.entity', { has: page.getByText('Unconfirmed reports (unnamed)', { exact: true }) })
      .click();
    await expect
      .poll(() => page.locator('aside.detail ul.claims li').allTextContents())
      .toEqual(['UNNAMED_SOURCE Chinese troops arrived in the Syrian port of Tartous on Thursday.']);

    await page.locator('nav a[data-view="actors"]').click();
    await page.locator('button.entity', { has: page.getByText('Bashar al-Assad', { exact: true }) }).click();
    await expect.poll(() => page.locator('aside.detail ul.claims li').count()).toBeGreaterThan(0);
    const roles = await page.locator('aside.detail ul.claims .role').allTextContents();
    expect(roles.length).toBeGreaterThan(0);

    // A claim in a list opens the story on it.
    await page.locator('aside.detail ul.claims button').first().click();
    await page.waitForSelector('mark.appearance[aria-pressed="true"]');
    expect(page.url()).toMatch(/#story\//);
    expect(errors).toEqual([]);
    await page.close();
  });
});
