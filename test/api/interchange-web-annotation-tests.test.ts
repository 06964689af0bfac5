import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { type Api, describe, expect, test } from '../support/fixtures.js';

/**
 * The W3C web-annotation-tests (test/data/web-annotation-tests, W3C test suite licence in
 * license.md): every JSON Schema assertion that the suite's *Musts.test files list, run against the
 * Web Annotations the API exports. The schemas are draft-04; ajv-draft-04 runs them as written.
 */

type Json = Record<string, unknown>;
const suite = path.resolve(import.meta.dirname, '../data/web-annotation-tests');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(suite, file), 'utf8')) as Json;

interface Assertion {
  file: string;
  title: string;
  errorMessage: string;
  expectedResult: 'valid' | 'invalid';
  validate: ValidateFunction;
}

// CommonJS packages: under NodeNext their classes are the `default` of the module.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
addFormats.default(ajv);
for (const file of readdirSync(path.join(suite, 'definitions')).filter((f) => f.endsWith('.json')))
  ajv.addSchema(readJson(`definitions/${file}`));

/** The assertions a *.test file lists (paths relative to the suite), compiled. */
function assertionsOf(testFile: string): Assertion[] {
  const listed = readJson(testFile).assertions as string[];
  return listed.map((file) => {
    const schema = readJson(file);
    return {
      file,
      title: String(schema.title),
      errorMessage: String(schema.errorMessage),
      expectedResult: schema.expectedResult as 'valid' | 'invalid',
      validate: ajv.getSchema(String(schema.id)) ?? ajv.compile(schema),
    };
  });
}

const MUSTS = {
  annotation: assertionsOf('annotations/annotationMusts.test'),
  collection: assertionsOf('collections/collectionMusts.test'),
  page: assertionsOf('collections/pages/pageMusts.test'),
};

/** The assertions a document fails: file, the suite's own message and ajv's errors. */
function failures(document: unknown, assertions: readonly Assertion[]) {
  return assertions.flatMap((assertion) => {
    const valid = assertion.validate(document) === true;
    if (valid === (assertion.expectedResult === 'valid')) return [];
    const errors = (assertion.validate.errors ?? []) as ErrorObject[];
    return [
      {
        file: assertion.file,
        message: assertion.errorMessage,
        errors: errors.map((e) => `${e.instancePath} ${e.message}`),
      },
    ];
  });
}

const ARTICLE = 'QXJ0aWNsZTox';

async function exportedCollection(api: Api) {
  const data = await api.data<{ article: { export: Json } }>(
    `query ($id: ID!) { article(id: $id) { export(format: WEB_ANNOTATION) } }`,
    { id: ARTICLE },
  );
  return data.article.export;
}

describe('Web Annotation exports against the W3C web-annotation-tests', { timeout: 120_000 }, () => {
  test('the suite is loaded whole: every MUST of annotations, collections and pages', () => {
    // annotationMusts lists 54 assertions, collectionMusts 10, pageMusts 15 (the suite as committed).
    expect(MUSTS.annotation).toHaveLength(54);
    expect(MUSTS.collection).toHaveLength(10);
    expect(MUSTS.page).toHaveLength(15);
    // The schemas do reject: an annotation without an id, and a page without one, fail their MUSTs.
    const bare = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: 'http://x.example/' };
    expect(failures(bare, MUSTS.annotation).map((f) => f.file)).toEqual(['annotations/3.1-annotationIdValidated.json']);
    const page = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [] };
    expect(failures(page, MUSTS.page).map((f) => f.file)).toEqual(['collections/pages/5.2-pageIdValidated.json']);
  });

  test('the story’s AnnotationCollection, its embedded page and every annotation pass every MUST', async ({ api }) => {
    const collection = await exportedCollection(api);
    expect(failures(collection, MUSTS.collection)).toEqual([]);
    // The suite takes "an Annotation Collection with an embedded Page" for the page's MUSTs.
    expect(failures(collection, MUSTS.page)).toEqual([]);
    const page = collection.first as Json;
    expect(page.id).toEqual(expect.stringMatching(/^https?:\/\//));
    // And the page on its own, with the context it inherits.
    expect(failures({ '@context': collection['@context'], ...page }, MUSTS.page)).toEqual([]);

    const items = page.items as Json[];
    expect(items.length).toBeGreaterThan(5);
    expect(collection.total).toBe(items.length);
    for (const item of items) {
      // An item inherits the collection's @context; on its own it carries it, as the suite expects.
      expect(failures({ '@context': collection['@context'], ...item }, MUSTS.annotation), String(item.id)).toEqual([]);
    }
    console.log(
      `${items.length} annotations × ${MUSTS.annotation.length} MUSTs, the collection × ${MUSTS.collection.length}, its page × ${MUSTS.page.length}: no failure`,
    );
  });

  test('one appearance’s own annotation (ClaimAppearance.webAnnotation) passes every MUST', async ({ api }) => {
    const data = await api.data<{
      article: { versions: { edges: { node: { appearances: { edges: { node: { webAnnotation: Json } }[] } } }[] } };
    }>(
      `query ($id: ID!) { article(id: $id) { versions(first: 1) { edges { node {
         appearances(first: 100) { edges { node { webAnnotation } } } } } } } }`,
      { id: ARTICLE },
    );
    const annotations = data.article.versions.edges.flatMap((v) =>
      v.node.appearances.edges.map((e) => e.node.webAnnotation),
    );
    expect(annotations.length).toBeGreaterThan(5);
    for (const annotation of annotations) {
      expect(failures(annotation, MUSTS.annotation), String(annotation.id)).toEqual([]);
    }
  });
});
