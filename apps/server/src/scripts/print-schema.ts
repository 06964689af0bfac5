import { writeFile } from 'node:fs/promises';
import { printedSchema, schemaFile } from '../schema-file.js';

await writeFile(schemaFile, printedSchema());
console.log(`Wrote ${schemaFile}`);
