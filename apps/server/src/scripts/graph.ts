/**
 * Dumps the whole graph to NDJSON, or loads such a dump, from the command line:
 *
 *   pnpm --filter @claimgraph/server graph export <file.ndjson>
 *   pnpm --filter @claimgraph/server graph import <file.ndjson>
 *
 * The dump is the one GET /export/graph.ndjson serves (domain/interchange/graph.ts): lossless, so
 * importing it into an empty database gives back the same graph. The import runs as one audited
 * write: all of it or none. It opens the database the server would (DATABASE_URL, or the PGlite
 * folder); PGlite allows one process at a time, so stop the server first on the embedded database.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { readConfig } from '../config/paths.js';
import { closeDatabase, db, openDatabase } from '../db/database.js';
import { DomainError } from '../domain/errors.js';
import { type GraphRecord, graphRecords, importGraph } from '../domain/interchange/graph.js';
import { runWrite } from '../domain/write.js';

const [command, file] = process.argv.slice(2);
if ((command !== 'export' && command !== 'import') || !file) {
  console.error('Usage: graph export <file.ndjson> | graph import <file.ndjson>');
  process.exit(2);
}

async function* linesOf(path: string): AsyncGenerator<GraphRecord> {
  for await (const line of createInterface({
    input: createReadStream(path, 'utf8'),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line.trim()) yield JSON.parse(line) as GraphRecord;
  }
}

const config = readConfig();
await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  if (command === 'export') {
    const out = createWriteStream(file, 'utf8');
    let count = 0;
    for await (const record of graphRecords(db())) {
      if (!out.write(`${JSON.stringify(record)}\n`)) await once(out, 'drain');
      count += 1;
    }
    out.end();
    await once(out, 'finish');
    console.log(`Wrote ${count} records to ${file}.`);
  } else {
    const author = { owner: `cli:${process.env.USER ?? 'unknown'}`, apiKeyId: null };
    const counts = await runWrite({ author, message: `graph import from ${file}` }, (w) =>
      importGraph(w, linesOf(file)),
    );
    console.log(`Imported ${JSON.stringify(counts)}.`);
  }
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(
    `${error.message}\n${error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
  );
  process.exitCode = 1;
} finally {
  await closeDatabase();
}
