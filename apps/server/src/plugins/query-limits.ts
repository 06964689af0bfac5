import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { Limits } from '../config/profile.js';

/**
 * Depth, alias, directive and token limits from graphql-armor, checked while parsing and validating,
 * so a refused document never reaches execution (and no SQL runs). Armor's own errors carry no code
 * and, for validation rules, are thrown rather than reported; here each rejection becomes a reported
 * error with a stable `extensions.code` and the limit it broke.
 */
export function useQueryLimits(limits: Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens'>) {
  const report =
    (code: string, limit: number) =>
    (context: ValidationContext | null, error: GraphQLError): void => {
      const refusal = createGraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code, limit, http: { status: 400 } },
      });
      // The token limit fires inside the parser, which has no validation context: throwing there is
      // how a parse fails.
      if (!context) throw refusal;
      context.reportError(refusal);
    };
  const rules = [
    maxDepthRule({
      n: limits.maxDepth,
      // Introspection counts too: a circular `__schema { types { fields { type { fields … } } } }`
      // is as deep as any other query.
      ignoreIntrospection: false,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report('QUERY_TOO_DEEP', limits.maxDepth)],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      // Armor allows any number of `__typename` aliases by default; they cost little each, but a
      // thousand of them is still a flood.
      allowList: [],
      propagateOnRejection: false,
      onReject: [report('TOO_MANY_ALIASES', limits.maxAliases)],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [report('TOO_MANY_DIRECTIVES', limits.maxDirectives)],
    }),
  ];
  const validation: Plugin = {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
  };
  const tokens = maxTokensPlugin({
    n: limits.maxTokens,
    onReject: [report('TOO_MANY_TOKENS', limits.maxTokens)],
  }) as Plugin;
  return [tokens, validation];
}
