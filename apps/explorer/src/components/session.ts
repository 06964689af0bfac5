import type { ClaimgraphClient } from '@claimgraph/sdk';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** The signed-in client for writes: null until the analyst enters an API key. */
export const WriterContext = createContext<ClaimgraphClient | null>(null);

export function useWriter(): ClaimgraphClient | null {
  return useContext(WriterContext);
}
