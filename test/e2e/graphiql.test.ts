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

describe('GraphiQL, in Chromium', () => {
  test('opens on the story query, runs it, and shows the story’s claims in the result pane', async () => {
    // Tall, because the editors (Monaco) only render the lines in view.
    const page = await browser.newPage({ viewport: { width: 1360, height: 2000 } });
    const errors = problems(page);
    await page.goto(`${inject('e2eUrl')}/graphql`);
    // The pane's rendered text with its wrapping undone: runs of white space (and Monaco's no-break spaces) as one space.
    const lines = (pane: string) => async () =>
      // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the breaks between rendered lines.
      (await page.locator(`${pane} .view-lines`).first().innerText()).replace(/[\s\u00a0]+/g, ' ');
    await expect.poll(lines('.graphiql-query-editor'), { timeout: 20_000 }).toContain('query StoryClaims');

    await page.locator('button.graphiql-execute-button').click();
    // At least the story's 24 claims: the workbench's browser tests add claims on the same server.
    await expect.poll(lines('.graphiql-response'), { timeout: 20_000 }).toMatch(/"totalCount": (2[4-9]|[3-9]\d)/);
    const result = await lines('.graphiql-response')();
    expect(result).toContain('"text": "China has sent two special operations teams to Syria."');
    expect(result).toContain('"statedCertainty": "SPECULATION"');
    expect(result).toContain('"name": "The Independent"');
    await screenshot(page, 'graphiql-story.png');
    expect(errors).toEqual([]);
    await page.close();
    // Monaco's editors take a while to load when the other browser test files share the two cores.
  }, 60_000);
});
