/** What the bench's commands share in reading their command line. */

/** The command's arguments: `pnpm run bench -- --size 10k` passes the `--` on, and it separates nothing here. */
export function commandArgs() {
  return process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
}

/** `--admin-url`: a PostgreSQL database to create and reach the data sets from (`BENCH_ADMIN_URL` by default). */
export const adminUrlOption = {
  type: 'string',
  default: process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
} as const;
