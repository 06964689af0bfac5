/**
 * Who publishes this instance's exports, and where: the organisation named as a ClaimReview's
 * author and the public address its IRIs and review pages live under. Read from the environment on
 * each export (the README's table): CLAIMGRAPH_PUBLIC_BASE_URL, CLAIMGRAPH_PUBLISHER_NAME,
 * CLAIMGRAPH_PUBLISHER_URL.
 *
 * The base URL is also what tells this instance's IRIs from another's: an import resolves an IRI to
 * a local row only when it starts with this base (ids.ts parseIri); any other IRI is foreign.
 * Two instances that exchange documents must each set their own.
 */
export interface PublishingIdentity {
  /** No trailing slash, e.g. https://claims.example.org. */
  publicBaseUrl: string;
  publisherName: string;
  publisherUrl: string;
}

export const DEFAULT_PUBLIC_BASE_URL = 'http://localhost:4000';

function httpUrl(value: string | undefined, name: string) {
  if (!value) return undefined;
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value))
    throw new Error(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  return value.replace(/\/+$/, '');
}

export function publishingIdentity(env: NodeJS.ProcessEnv = process.env): PublishingIdentity {
  const publicBaseUrl =
    httpUrl(env.CLAIMGRAPH_PUBLIC_BASE_URL, 'CLAIMGRAPH_PUBLIC_BASE_URL') ?? DEFAULT_PUBLIC_BASE_URL;
  return {
    publicBaseUrl,
    publisherName: env.CLAIMGRAPH_PUBLISHER_NAME?.trim() || 'claimgraph',
    publisherUrl: httpUrl(env.CLAIMGRAPH_PUBLISHER_URL, 'CLAIMGRAPH_PUBLISHER_URL') ?? publicBaseUrl,
  };
}
