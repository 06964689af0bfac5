import { parseArgs } from 'node:util';
import { adminUrlOption, commandArgs } from '../args.js';
import { parseSize } from '../size.js';
import { existingDataset, generate } from './load.js';

/** `pnpm --filter @claimgraph/bench run generate -- --size 10k [--seed 42] [--force]` */
// `pnpm run bench -- --size 10k` passes the `--` on: it separates nothing here.
const { values } = parseArgs({
  args: commandArgs(),
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    force: { type: 'boolean', default: false },
    'admin-url': adminUrlOption,
  },
});
const claims = parseSize(values.size);
const options = {
  adminUrl: values['admin-url'],
  database: `claimgraph_bench_${values.size}`,
  claims,
  seed: Number(values.seed),
  log: (line: string) => console.log(line),
};
if (!values.force && (await existingDataset(options))) {
  console.log(`${options.database} already holds this data set (use --force to rebuild).`);
} else {
  await generate(options);
}
