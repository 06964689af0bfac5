import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const sdk = path.resolve(import.meta.dirname, '../../packages/sdk');
const bin = (name: string) => path.join(sdk, 'node_modules/.bin', name);

interface SizeResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

describe('what a frontend pays for the SDK (production Vite builds measured by size-limit, gzip)', () => {
  test('one operation with the client stays within 5 KB; every budget in .size-limit.json holds', async () => {
    // Each fixture in packages/sdk/size is built as its own minified, tree-shaken Vite app.
    await run(bin('tsx'), ['size/build.ts'], { cwd: sdk });
    const { stdout } = await run(bin('size-limit'), ['--json'], { cwd: sdk }).catch((error) => error);
    const results = JSON.parse(stdout) as SizeResult[];
    console.log(
      results.map((result) => `${result.name}: ${result.size} B gzip (limit ${result.sizeLimit} B)`).join('\n'),
    );
    const byName = Object.fromEntries(results.map((result) => [result.name, result]));
    expect(byName['createBaseClient + one operation']?.size).toBeLessThanOrEqual(5000);
    // The full client holds every operation: the reason the base client exists.
    expect(byName['createClient (every operation)']?.size).toBeGreaterThan(
      3 * (byName['createBaseClient + one operation']?.size ?? 0),
    );
    expect(results.filter((result) => !result.passed)).toEqual([]);
  }, 120_000);
});
