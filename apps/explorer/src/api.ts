import { ClaimgraphError, createClient, type ErrorFieldsFragment } from '@claimgraph/sdk';
import { QueryClient } from '@tanstack/preact-query';
import { useMemo, useState } from 'preact/hooks';

// The API is the server this page came from, unless the build says otherwise.
const url = new URL(import.meta.env.VITE_CLAIMGRAPH_URL ?? '/graphql', window.location.href);

/** Reads are open: one client without a key serves every read and the live updates. */
export const reader = createClient({ url });

/**
 * TanStack Query holds every read: views share one cache, a write or a live event invalidates by key, and a
 * view that is shown again is fresh without a hand-written cache.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

/** The API key lives in sessionStorage only: it is gone when the tab closes, and never leaves this origin. */
const KEY = 'claimgraph.apiKey';

export function useApiKey() {
  const [apiKey, setApiKey] = useState(() => sessionStorage.getItem(KEY) ?? '');
  const writer = useMemo(() => (apiKey ? createClient({ url, apiKey }) : null), [apiKey]);
  return {
    apiKey,
    writer,
    save(value: string) {
      const trimmed = value.trim();
      if (trimmed) sessionStorage.setItem(KEY, trimmed);
      else sessionStorage.removeItem(KEY);
      setApiKey(trimmed);
    },
  };
}

/** A write the API refused: its typed error (validation with the fields at fault, not found, conflict, forbidden). */
export class WriteRefused extends Error {
  override readonly name = 'WriteRefused';
  constructor(readonly failure: ErrorFieldsFragment) {
    super(failure.message);
  }
}

type Outcome = { __typename: string };

/** Narrows a mutation's union to its success, or throws the typed error it returned. */
export function success<T extends Outcome>(outcome: T): Extract<T, { __typename: `${string}Success` }> {
  if (outcome.__typename.endsWith('Success')) return outcome as Extract<T, { __typename: `${string}Success` }>;
  throw new WriteRefused(outcome as unknown as ErrorFieldsFragment);
}

/** What to tell the analyst about a failed request, in words. */
export function describeError(error: unknown): { message: string; issues: string[]; conflict: boolean } {
  if (error instanceof WriteRefused) {
    const { failure } = error;
    return {
      message: failure.message,
      issues: failure.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      conflict: failure.__typename === 'ConflictError',
    };
  }
  if (ClaimgraphError.is(error)) {
    return {
      message: error.hasCode('UNAUTHENTICATED') ? `The API key was not accepted (${error.message})` : error.message,
      issues: [],
      conflict: false,
    };
  }
  return { message: String(error), issues: [], conflict: false };
}
