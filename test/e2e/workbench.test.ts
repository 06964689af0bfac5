import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createClient } from '../../packages/sdk/src/index.js';
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

/** Selects words in the article's text as a reader would with the mouse, then releases the button. */
async function selectWords(page: Page, words: string, occurrence = 0) {
  await page.evaluate(
    ({ words, occurrence }) => {
      const container = document.querySelector('.article-text') as HTMLElement;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push({ node, start: all.length });
        all += node.data;
      }
      let at = all.indexOf(words);
      for (let i = 0; i < occurrence; i++) at = all.indexOf(words, at + 1);
      if (at < 0) throw new Error(`not in the text: ${words}`);
      const locate = (offset: number): [Text, number] => {
        const found = [...nodes].reverse().find((entry) => entry.start <= offset) as { node: Text; start: number };
        return [found.node, offset - found.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + words.length));
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { words, occurrence },
  );
}

/** A write by another analyst, through the SDK with their own key: the page must show it without a reload. */
async function assessAsSecondAnalyst(claimId: string) {
  const other = createClient({ url: `${url()}/graphql`, apiKey: inject('e2eSecondKey') });
  const { addAssessment } = await other.addAssessment({
    input: {
      claimId,
      verificationStatus: 'MISLEADING',
      credibility: 3,
      rationale: 'The port was closed to cargo ships only, for one day.',
    },
  });
  expect(addAssessment.__typename).toBe('AddAssessmentSuccess');
}

describe.for([1400, 390])('the analyst’s workflow at %i px, in Chromium', (width) => {
  test('from an empty key field to an assessed, attributed claim in a newly ingested article, then its next version', async () => {
    const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 } });
    // A step that cannot happen fails at that step, with its name, well before the test's own limit.
    page.setDefaultTimeout(10_000);
    const errors = problems(page);
    const check = async (view: string) => {
      expect(await axe(page, view), `axe on ${view} at ${width}px`).toEqual([]);
      expect(await scrollsSideways(page), `${view} at ${width}px scrolls sideways`).toBe(false);
      await screenshot(page, `${width}-workflow-${view}.png`);
    };
    const gazette = `Harbour Gazette ${width}`;
    const headline = `Rumours spread: Example Bay port closed (${width})`;
    const text = [
      headline,
      `Rumours spread on Friday that the port of Example Bay was closed to all shipping, according to the ${gazette}.`,
      'A spokesman for the Ministry of Silence declined to comment.',
      'Example Wire',
    ].join('\n\n');

    // 1. The key field starts empty; the key is kept for this tab only.
    await page.goto(`${url()}/`);
    const keyField = page.locator('#api-key');
    expect(await keyField.inputValue()).toBe('');
    await page.locator('nav a', { hasText: 'Ingest' }).click();
    await page.waitForSelector('.ingest');
    expect(await page.locator('.ingest').textContent()).toContain('Enter an API key');
    await keyField.fill(inject('e2eEditorKey'));
    await page.locator('.key-field button[type="submit"]').click();
    await expect
      .poll(() => page.locator('.key-field .who').textContent())
      .toBe('Editing as analyst@example.org (editor)');
    expect(await page.evaluate(() => sessionStorage.getItem('claimgraph.apiKey'))).toBe(inject('e2eEditorKey'));
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // 2. Ingest a text.
    await page.fill('#ingest-headline', headline);
    await page.fill('#ingest-url', `https://example.org/example-bay-${width}`);
    await page.fill('#ingest-text', text);
    await page.fill('#ingest-message', 'A new story to check');
    await check('ingest');
    await page.locator('.ingest button[type="submit"]').click();
    await page.waitForSelector('.article-view .article-text');
    expect(await page.locator('.article-view h2.headline').textContent()).toBe(headline);
    const articleUrl = page.url();

    // 3. Select the words of the claim: the form opens on them.
    await selectWords(page, 'the port of Example Bay was closed to all shipping');
    const form = page.locator('form.appearance-form');
    await form.waitFor();
    expect(await form.locator('q.quote').textContent()).toBe('the port of Example Bay was closed to all shipping');
    await form.locator('textarea').fill('The port of Example Bay was closed to all shipping on Friday.');
    await form.locator('select[id$="-certainty"]').selectOption('RUMOUR');

    // 4. Cue words, selected the same way ("Rumours" is in the headline too: the lede's is meant).
    await form.locator('select[id$="-cue-kind"]').selectOption('SOURCING');
    await selectWords(page, 'Rumours spread', 1);
    await form.getByRole('button', { name: 'Add “Rumours spread” as a cue' }).click();
    expect(await form.locator('fieldset').nth(1).locator('li').count()).toBe(1);

    // 5. Attribution: the gazette, created inline with the words that name it; then The Independent, found by search.
    await form.getByRole('button', { name: 'Add a hop' }).click();
    const hop1 = form.locator('ol.drafts > li').nth(0);
    await hop1.locator('select').first().selectOption('REPORTER');
    await hop1.locator('input[type="search"]').fill(gazette);
    await hop1.getByRole('button', { name: `Not listed? Create “${gazette}”` }).click();
    await hop1.getByRole('button', { name: `Create “${gazette}”` }).click();
    await expect.poll(() => hop1.locator('.picked').textContent()).toContain(`${gazette} (source)`);
    await selectWords(page, `the ${gazette}`);
    await hop1.getByRole('button', { name: `Use “the ${gazette}” as the words that say so` }).click();
    await form.getByRole('button', { name: 'Add a hop' }).click();
    const hop2 = form.locator('ol.drafts > li').nth(1);
    await hop2.locator('select').first().selectOption('REPUBLISHER');
    await hop2.locator('input[type="search"]').fill('Independent');
    await hop2.getByRole('button', { name: /^The Independent/ }).click();
    await check('record-claim');
    await form.getByRole('button', { name: 'Save the claim here' }).click();

    // 6. The claim is highlighted as a rumour, selected, with its cue and its two hops in order.
    await page.waitForSelector('.claim-panel');
    expect(await page.locator('.claim-text').textContent()).toBe(
      'The port of Example Bay was closed to all shipping on Friday.',
    );
    const mark = page.locator('mark.appearance[data-selected="true"]');
    expect(await mark.getAttribute('data-certainty')).toBe('RUMOUR');
    expect(await page.locator('.claim-panel .cue').textContent()).toContain('Rumours spread');
    const hops = page.locator('ol.chain > li');
    await expect.poll(() => hops.count()).toBe(2);
    expect(await hops.nth(0).textContent()).toContain(`reported by${gazette}`.replace('by', 'by '));
    expect(await hops.nth(0).locator('.words').textContent()).toBe(`the ${gazette}`);
    expect(await hops.nth(1).textContent()).toContain('republished by The Independent');
    const claimId = (await mark.getAttribute('data-claim-id')) as string;

    // 7. Assess it: a closed status without a rationale is refused with the API's typed error, and nothing is saved.
    const assess = page.locator('details.tool', { hasText: 'Add an assessment' });
    await assess.locator('summary').click();
    await assess.locator('select').first().selectOption('CONFIRMED_FALSE');
    await assess.locator('select').nth(1).selectOption('5');
    await assess.getByRole('button', { name: 'Save the assessment' }).click();
    await expect.poll(() => assess.locator('[role="alert"]').textContent()).toMatch(/rationale/i);
    expect(await page.locator('.claim-panel').textContent()).toContain('Not assessed yet.');
    await check('assessment-refused');
    await assess.locator('textarea').fill('The harbour authority’s notices show the port open all week.');
    await assess.getByRole('button', { name: 'Save the assessment' }).click();
    await expect
      .poll(() => page.locator('.assessments li[data-current="true"]').textContent())
      .toContain('confirmed false');
    expect(await page.locator('.assessments li[data-current="true"]').textContent()).toContain('5 improbable');
    expect(await page.locator('.assessments li[data-current="true"]').textContent()).toContain('analyst@example.org');
    expect(await assess.locator('[role="alert"]').count()).toBe(0);
    await page.locator('.claim-panel .history summary').click();
    await expect.poll(() => page.locator('.claim-panel .changes').textContent()).toContain('analyst@example.org');
    await check('assessed');

    // 8. Another analyst's assessment appears without a reload (the SDK's subscription), above the first.
    await assessAsSecondAnalyst(claimId);
    await expect.poll(() => page.locator('.live').textContent()).toContain('second.analyst@example.org');
    await expect.poll(() => page.locator('.assessments li[data-current="true"]').textContent()).toContain('misleading');
    expect(await page.locator('.assessments > li').count()).toBe(2);
    await check('live-update');

    // 9. Rate the new source: its dated rating and rationale join its history.
    await hops.nth(0).locator('a.agent').click();
    await page.waitForSelector('.lists .detail h2');
    const rate = page.locator('details.tool', { hasText: 'Rate this source' });
    await rate.locator('summary').click();
    await rate.locator('select').selectOption('D');
    await rate.locator('textarea').fill('A local paper with no corrections policy.');
    await rate.getByRole('button', { name: 'Save the rating' }).click();
    await expect.poll(() => page.locator('.ratings li').first().textContent()).toContain('D not usually reliable');
    expect(await page.locator('.ratings .rationale').first().textContent()).toBe(
      'A local paper with no corrections policy.',
    );
    await check('source-rated');

    // 10. A corrected text becomes version 2: the diff shows what changed, the claim's words are gone, so it is orphaned.
    await page.goto(articleUrl);
    await page.getByRole('link', { name: 'Ingest a new version of this article' }).click();
    await expect.poll(() => page.locator('#ingest-text').inputValue()).toBe(text);
    await page.fill('#ingest-text', text.replace('was closed to all shipping', 'stayed open'));
    await page.locator('.ingest button[type="submit"]').click();
    await page.waitForSelector('.versions .diff');
    expect(await page.locator('.version-list li').count()).toBe(2);
    expect(await page.locator('.diff del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('closed')]),
    );
    expect(await page.locator('.diff ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('open')]),
    );
    await expect
      .poll(() => page.locator('.orphans li').textContent())
      .toContain('The port of Example Bay was closed to all shipping on Friday.');
    expect(await page.locator('mark.appearance').count()).toBe(0);
    await page.locator('.versions').scrollIntoViewIfNeeded();
    await check('new-version');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('relates two claims and merges a duplicate, through the claim panel', async () => {
    const editor = createClient({ url: `${url()}/graphql`, apiKey: inject('e2eEditorKey') });
    const text = `Ships left Example Bay on Monday (${width}).\n\nThe harbour master said no ship left Example Bay on Monday.`;
    const { ingestArticle } = await editor.ingestArticle({
      input: { headline: `Example Bay sailings (${width})`, text },
    });
    if (ingestArticle.__typename !== 'IngestArticleSuccess') throw new Error(ingestArticle.__typename);
    const { article, version } = ingestArticle.ingested;
    const claim = async (words: string, quote: string) => {
      const { createClaim } = await editor.createClaim({ input: { text: words, type: 'EVENT' } });
      if (createClaim.__typename !== 'CreateClaimSuccess') throw new Error(createClaim.__typename);
      if (!quote) return { ...createClaim.claim, appearanceId: '' };
      const { addAppearance } = await editor.addAppearance({
        input: {
          claimId: createClaim.claim.id,
          versionId: version.id,
          quote: { exact: quote },
          statedCertainty: 'ESTABLISHED_FACT',
        },
      });
      if (addAppearance.__typename !== 'AddAppearanceSuccess') throw new Error(addAppearance.__typename);
      return { ...createClaim.claim, appearanceId: addAppearance.appearance.id };
    };
    const sailed = await claim(
      `Ships left Example Bay on Monday ${width}.`,
      `Ships left Example Bay on Monday (${width})`,
    );
    await claim(`No ship left Example Bay on Monday ${width}.`, 'no ship left Example Bay on Monday');
    const duplicate = await claim(`Vessels departed Example Bay on Monday ${width}.`, '');

    const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 } });
    page.setDefaultTimeout(10_000);
    const errors = problems(page);
    await page.goto(`${url()}/#/article/${encodeURIComponent(article.id)}/${encodeURIComponent(sailed.appearanceId)}`);
    await page.fill('#api-key', inject('e2eEditorKey'));
    await page.locator('.key-field button[type="submit"]').click();
    await page.waitForSelector('.tools');

    const relate = page.locator('details.tool', { hasText: 'Relate to another claim' });
    await relate.locator('summary').click();
    await relate.locator('select').first().selectOption('CONTRADICTS');
    await relate.locator('input[type="search"]').fill(`"no ship left" ${width}`);
    await relate.getByRole('button', { name: `No ship left Example Bay on Monday ${width}.` }).click();
    await relate.getByRole('button', { name: 'Relate', exact: true }).click();
    await expect.poll(() => relate.locator('.done').textContent()).toBe('Relation saved.');
    await expect
      .poll(() => page.locator('ul.relations li').first().textContent())
      .toBe(`This claim contradicts No ship left Example Bay on Monday ${width}.`);

    const merge = page.locator('details.tool', { hasText: 'Merge a duplicate' });
    await merge.locator('summary').click();
    await merge.locator('input[type="search"]').fill(`Vessels departed ${width}`);
    await merge.getByRole('button', { name: duplicate.text }).click();
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => merge.locator('.done').textContent()).toContain('Merged');
    expect(await merge.locator('[role="alert"]').count()).toBe(0);
    const { search } = await editor.search({ query: `Vessels departed ${width}`, types: ['CLAIM'] });
    expect(search.map((hit) => hit.node.id)).not.toContain(duplicate.id);
    expect(await axe(page, 'relate-merge')).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, `${width}-workflow-merged.png`);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
