import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * What a production server does not tell strangers: the schema (introspection) and the names it
 * guesses from a typo ("Did you mean …?"). GraphiQL is switched off in yoga.ts.
 */
export function useExposure(options: { introspection: boolean; fieldSuggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [];
  if (!options.introspection) plugins.push(useDisableIntrospection() as Plugin);
  if (!options.fieldSuggestions) plugins.push(useNoSuggestions());
  return plugins;
}

// graphql-js 16 has no switch for suggestions, and armor's block-field-suggestions matches only
// `Did you mean "x"?`: it misses enum values ("Did you mean the enum value …?") and the variable
// coercion errors that execution reports. This strips every form, from every phase's errors.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function useNoSuggestions(): Plugin {
  const strip = (errors: readonly unknown[] | undefined) => {
    for (const error of errors ?? []) {
      if (error instanceof GraphQLError && SUGGESTION.test(error.message)) {
        error.message = error.message.replace(SUGGESTION, '').trim();
      }
      SUGGESTION.lastIndex = 0;
    }
  };
  return {
    onResultProcess({ result }) {
      for (const item of Array.isArray(result) ? result : [result]) {
        if (item && typeof item === 'object' && 'errors' in item) strip(item.errors as readonly unknown[]);
      }
    },
  };
}
