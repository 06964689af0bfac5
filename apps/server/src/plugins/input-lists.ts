import { type DocumentNode, Kind, visit } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { perDocument } from './per-document.js';

/**
 * Refuses any list argument longer than `max` (`nodes(ids:)`, filter lists such as
 * `statedCertainty: [...]`), written in the document or passed in variables, before execution:
 * a thousand IDs in one request is a batch job, not a query.
 */
export function useInputListLimit(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const literal = literalLists(args.document, '', undefined);
      const variable = longestVariableList(args.variableValues ?? {}, '$');
      const found = (literal?.length ?? 0) >= (variable?.length ?? 0) ? literal : variable;
      if (found && found.length > max) {
        setResultAndStopExecution({
          errors: [
            createGraphQLError(`Lists in arguments hold at most ${max} items; ${found.where} holds ${found.length}.`, {
              extensions: { code: 'BAD_USER_INPUT', limit: max, http: { status: 400 } },
            }),
          ],
        });
      }
    },
  };
}

interface Found {
  where: string;
  length: number;
}

/** The longest list written in the document, found once per document. */
const literalLists = perDocument((document: DocumentNode) => longestLiteralList(document), 1);

function longestLiteralList(document: DocumentNode): Found | undefined {
  let longest: Found | undefined;
  visit(document, {
    [Kind.LIST]: (node) => {
      if (!longest || node.values.length > longest.length) {
        longest = { where: `a list at line ${node.loc?.startToken.line ?? '?'}`, length: node.values.length };
      }
    },
  });
  return longest;
}

function longestVariableList(value: unknown, where: string): Found | undefined {
  let longest: Found | undefined;
  const consider = (found: Found | undefined) => {
    if (found && (!longest || found.length > longest.length)) longest = found;
  };
  if (Array.isArray(value)) {
    consider({ where, length: value.length });
    // Nested lists count too, but only so far: the body size limit bounds the rest.
    value.forEach((item, index) => {
      if (index < 1000) consider(longestVariableList(item, `${where}[${index}]`));
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) consider(longestVariableList(item, `${where}.${key}`));
  }
  return longest;
}
