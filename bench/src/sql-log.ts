import { open, stat } from 'node:fs/promises';

/**
 * Counts the SQL statements a server sends, the same way for every server: PostgreSQL logs each
 * statement of the benchmark's database (`ALTER DATABASE … SET log_statement = 'all'`, new
 * sessions only, so it is on just while statements are counted), and this reads what the log
 * gained. Transaction control (BEGIN, COMMIT…) is counted apart from the statements that read or write.
 */
export class SqlLog {
  private offset = 0;

  constructor(
    readonly file: string,
    readonly database: string,
  ) {}

  async mark() {
    this.offset = (await stat(this.file)).size;
  }

  /** Statements logged for the database since the last mark. */
  async count(): Promise<{ statements: number; control: number }> {
    const end = (await stat(this.file)).size;
    const handle = await open(this.file, 'r');
    try {
      const buffer = Buffer.alloc(Math.max(0, end - this.offset));
      await handle.read(buffer, 0, buffer.length, this.offset);
      this.offset = end;
      let statements = 0;
      let control = 0;
      const line = new RegExp(`@${this.database} LOG:  (?:statement|execute [^:]*):(.*)$`);
      for (const text of buffer.toString('utf8').split('\n')) {
        const match = line.exec(text);
        if (!match) continue;
        // A statement's first line may be blank (SQL that starts with a newline): it is still one.
        if (/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START|SET|DEALLOCATE)\b/i.test(match[1] ?? '')) control += 1;
        else statements += 1;
      }
      return { statements, control };
    } finally {
      await handle.close();
    }
  }
}
