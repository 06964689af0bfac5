import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { collectCursors } from './cursors.js';
import { drawParams, shuffle } from './params.js';
import { bodies } from './shapes.js';
import { Rng } from './generate/random.js';
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
const params = await drawParams(client, 42);
for (const [flavour, url] of [['claimgraph', 'http://127.0.0.1:4001/graphql'], ['postgraphile', 'http://127.0.0.1:5678/graphql']] as const) {
  for (const shape of ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const) {
    let list = bodies(shape, flavour, params);
    if (shape === 'Q2' || shape === 'Q5') {
      const cursors = await collectCursors(url, shape, flavour, params);
      list = bodies(shape, flavour, params, shuffle(new Rng(42, `${flavour}:${shape}`), cursors));
    }
    writeFileSync(`/tmp/ab/${flavour}-${shape}.jsonl`, `${list.map((b) => JSON.stringify(b)).join('\n')}\n`);
    console.log(flavour, shape, list.length);
  }
}
await client.end();
