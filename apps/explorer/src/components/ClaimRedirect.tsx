import { useQuery } from '@tanstack/preact-query';
import { useEffect } from 'preact/hooks';
import { reader } from '../api.js';
import { navigate } from '../route.js';
import { ErrorBox, Loading } from './ui.js';

/** `#/claim/<id>` opens the article where the claim is stated, on its latest appearance. */
export function ClaimRedirect({ id }: { id: string }) {
  const provenance = useQuery({
    queryKey: ['claim', id, 'provenance'],
    queryFn: () => reader.claimProvenance({ id, first: 100 }),
  });
  const appearances = provenance.data?.claim?.appearances.edges.map((edge) => edge.node) ?? [];
  const target = appearances.filter((a) => a.anchorStatus !== 'ORPHANED').at(-1) ?? appearances.at(-1);
  useEffect(() => {
    if (target) navigate('article', target.version.article.id, target.id);
  }, [target]);
  if (provenance.isError) return <ErrorBox error={provenance.error} />;
  if (provenance.data && !provenance.data.claim) return <p class="status">There is no such claim.</p>;
  if (provenance.data && !target)
    return <p class="status">{provenance.data.claim?.text}: not stated in any article yet.</p>;
  return <Loading what="the claim" />;
}
