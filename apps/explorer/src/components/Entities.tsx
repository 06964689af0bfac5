import type { ClaimSummaryFragment } from '@claimgraph/sdk';
import { useQuery } from '@tanstack/preact-query';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reader } from '../api.js';
import { actorKinds, actorRoles, hopRoles, sourceKinds, when } from '../labels.js';
import { href } from '../route.js';
import { RateSourceForm } from './forms.js';
import { useWriter } from './session.js';
import { ChangeHistory, ErrorBox, Loading, Reliability, revealAndFocus, ScaleKey, StatusBadge } from './ui.js';

function ClaimLinks({ items }: { items: { key: string; label: string; claim: ClaimSummaryFragment }[] }) {
  if (items.length === 0) return <p class="muted">No claims.</p>;
  return (
    <ul class="claims">
      {items.map(({ key, label, claim }) => (
        <li key={key}>
          <span class="role">{label}</span> <a href={href('claim', claim.id)}>{claim.text}</a>{' '}
          <StatusBadge value={claim.verificationStatus} />
        </li>
      ))}
    </ul>
  );
}

/** A filterable list on one side, the chosen item's detail on the other (under it on a phone). */
function MasterDetail<T extends { id: string; name: string }>({
  title,
  view,
  items,
  selectedId,
  describe,
  children,
}: {
  title: string;
  view: 'actors' | 'sources';
  items: T[];
  selectedId?: string | undefined;
  describe: (item: T) => string;
  children: ComponentChildren;
}) {
  const [filter, setFilter] = useState('');
  const heading = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    revealAndFocus(heading.current);
  }, [selectedId]);
  const shown = items.filter((item) => item.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <section class="lists">
      <div class="reader">
        <h2>
          {title} ({items.length})
        </h2>
        <div class="field">
          <label for={`${view}-filter`}>Name contains</label>
          <input id={`${view}-filter`} type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </div>
        <ul class="entities">
          {shown.map((item) => (
            <li key={item.id}>
              <a class="entity" href={href(view, item.id)} aria-current={item.id === selectedId ? 'true' : undefined}>
                <span class="name">{item.name}</span>
                <span class="meta">{describe(item)}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      <section
        class="detail"
        ref={heading}
        tabIndex={-1}
        aria-label={`Selected ${view === 'actors' ? 'actor' : 'source'}`}
      >
        {children}
      </section>
    </section>
  );
}

function ActorDetail({ id }: { id: string }) {
  const actor = useQuery({ queryKey: ['actor', id], queryFn: () => reader.actor({ id }) });
  const claims = useQuery({ queryKey: ['actor', id, 'claims'], queryFn: () => reader.actorClaims({ id, first: 100 }) });
  if (actor.isPending) return <Loading what="the actor" />;
  if (actor.isError) return <ErrorBox error={actor.error} />;
  const a = actor.data.actor;
  if (!a) return <p>There is no such actor.</p>;
  return (
    <>
      <h2>{a.name}</h2>
      <p class="meta">
        {[actorKinds[a.kind], a.country, a.aliases.length ? `also written ${a.aliases.join(', ')}` : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      {a.description && <p>{a.description}</p>}
      {(a.parent || a.children.length > 0) && (
        <>
          <h3>Part of</h3>
          <ul class="hierarchy">
            {a.parent && (
              <li>
                within <a href={href('actors', a.parent.id)}>{a.parent.name}</a>
              </li>
            )}
            {a.children.map((child) => (
              <li key={child.id}>
                includes <a href={href('actors', child.id)}>{child.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Claims it takes part in</h3>
      {claims.data ? (
        <ClaimLinks
          items={(claims.data.actor?.claims.edges ?? []).map(({ node }) => ({
            key: `${node.role}${node.claim.id}`,
            label: actorRoles[node.role],
            claim: node.claim,
          }))}
        />
      ) : (
        <Loading what="its claims" />
      )}
      <ChangeHistory id={a.id} />
    </>
  );
}

function SourceDetail({ id }: { id: string }) {
  const writer = useWriter();
  const source = useQuery({ queryKey: ['source', id], queryFn: () => reader.source({ id }) });
  const claims = useQuery({
    queryKey: ['source', id, 'claims'],
    queryFn: () => reader.sourceClaims({ id, first: 100 }),
  });
  if (source.isPending) return <Loading what="the source" />;
  if (source.isError) return <ErrorBox error={source.error} />;
  const s = source.data.source;
  if (!s) return <p>There is no such source.</p>;
  return (
    <>
      <h2>{s.name}</h2>
      <p class="meta">
        {[sourceKinds[s.kind], s.domain, s.country, s.stateAffiliated ? 'state-affiliated' : '']
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>Reliability now: {s.reliability ? <Reliability rating={s.reliability.rating} /> : 'not rated'}</p>
      <ScaleKey />
      <h3>Ratings over time</h3>
      {s.reliabilityHistory.length ? (
        <ol class="ratings" reversed>
          {[...s.reliabilityHistory].reverse().map((rating) => (
            <li key={`${rating.assessedAt}${rating.rating}`}>
              <time dateTime={rating.assessedAt}>{when(rating.assessedAt)}</time> <Reliability rating={rating.rating} />{' '}
              <span class="meta">by {rating.assessedBy}</span>
              <p class="rationale">{rating.rationale}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">Never rated.</p>
      )}
      {writer && <RateSourceForm sourceId={s.id} />}
      {(s.parent || s.children.length > 0) && (
        <p>
          {s.parent && (
            <>
              Part of <a href={href('sources', s.parent.id)}>{s.parent.name}</a>.{' '}
            </>
          )}
          {s.children.map((c) => (
            <a key={c.id} href={href('sources', c.id)}>
              {c.name}{' '}
            </a>
          ))}
        </p>
      )}
      <h3>Claims it carried</h3>
      {claims.data ? (
        <ClaimLinks
          items={(claims.data.source?.attributions.edges ?? []).map(({ node }) => ({
            key: `${node.role}${node.appearance.id}`,
            label: hopRoles[node.role],
            claim: node.appearance.claim,
          }))}
        />
      ) : (
        <Loading what="its claims" />
      )}
      <ChangeHistory id={s.id} />
    </>
  );
}

export function ActorsView({ id }: { id?: string | undefined }) {
  const actors = useQuery({
    queryKey: ['actors'],
    queryFn: async () => {
      const all = [];
      for await (const page of reader.paginate('actors', { first: 100 }, (r) => r.actors))
        all.push(...page.edges.map((e) => e.node));
      return all;
    },
  });
  if (actors.isPending) return <Loading what="the actors" />;
  if (actors.isError) return <ErrorBox error={actors.error} />;
  return (
    <MasterDetail
      title="Actors"
      view="actors"
      items={actors.data}
      selectedId={id}
      describe={(a) => [actorKinds[a.kind], a.country].filter(Boolean).join(' · ')}
    >
      {id ? (
        <ActorDetail id={id} />
      ) : (
        <p class="muted">Choose an actor to see its claims, its place and its history.</p>
      )}
    </MasterDetail>
  );
}

export function SourcesView({ id }: { id?: string | undefined }) {
  const sources = useQuery({
    queryKey: ['sources', 'all'],
    queryFn: async () => {
      const all = [];
      for await (const page of reader.paginate('sources', { first: 100 }, (r) => r.sources))
        all.push(...page.edges.map((e) => e.node));
      return all;
    },
  });
  if (sources.isPending) return <Loading what="the sources" />;
  if (sources.isError) return <ErrorBox error={sources.error} />;
  return (
    <MasterDetail
      title="Sources"
      view="sources"
      items={sources.data}
      selectedId={id}
      describe={(s) =>
        [sourceKinds[s.kind], s.domain, s.reliability ? `reliability ${s.reliability.rating}` : 'not rated']
          .filter(Boolean)
          .join(' · ')
      }
    >
      {id ? (
        <SourceDetail id={id} />
      ) : (
        <p class="muted">Choose a source to see its ratings, the claims it carried and its history.</p>
      )}
    </MasterDetail>
  );
}
