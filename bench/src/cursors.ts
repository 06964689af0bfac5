import { MAX_DISTINCT } from './params.js';
import { post } from './servers.js';
import { type Flavour, type Params, walkBody, walkPage } from './shapes.js';

/**
 * Every page start of a paged shape (Q2, Q5), collected by walking its list in pages of 100 as a
 * client would: cursors are each server's own, so they are read from the server that is measured.
 */
export async function collectCursors(url: string, shape: 'Q2' | 'Q5', flavour: Flavour, params: Params) {
  const cursors: (string | null)[] = [null];
  for (let after: string | null = null, walked = 0; walked < MAX_DISTINCT; walked += 100) {
    const response = await post(url, walkBody(shape, flavour, params, after));
    if (!response.data) break;
    const page = walkPage(response.data);
    cursors.push(...page.cursors);
    if (!page.next) break;
    after = page.next;
  }
  return cursors;
}
