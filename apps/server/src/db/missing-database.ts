/**
 * A `DATABASE_URL` naming a database that does not exist, told in one line with the command that
 * creates it (PostgreSQL's error 3D000 would otherwise surface as a long driver stack trace).
 */
export function missingDatabaseMessage(error: unknown, databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl || (error as { code?: unknown } | null)?.code !== '3D000') return undefined;
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  const args = [
    url.hostname && `-h ${url.hostname}`,
    url.port && `-p ${url.port}`,
    url.username && `-U ${decodeURIComponent(url.username)}`,
  ].filter(Boolean);
  return `The database "${name}" does not exist on ${url.hostname || 'localhost'}:${url.port || 5432}. Create it with: createdb ${[...args, name].join(' ')}`;
}
