import { appendFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { artifacts } from './browser.js';

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A and AA rules and best practices) and returns its serious and
 * critical violations; every run's counts are appended to test-results/axe.ndjson, so each run reports
 * what it checked per view.
 */
export async function axe(page: Page, view: string): Promise<string[]> {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe.run(document),
  );
  const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await mkdir(artifacts, { recursive: true });
  await appendFile(
    path.join(artifacts, 'axe.ndjson'),
    `${JSON.stringify({
      view,
      width: page.viewportSize()?.width,
      passes: result.passes.length,
      violations: result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length})`),
    })}\n`,
  );
  return severe.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Whether the page scrolls sideways: the document wider than the window. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
