import type {
  ActorKind,
  ClaimDetailFragment,
  ClaimType,
  CueKind,
  HopRole,
  LikelihoodBand,
  RelationType,
  ReliabilityRating,
  SourceKind,
  StatedCertainty,
  VerificationStatus,
} from '@claimgraph/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { reader, success } from '../api.js';
import {
  actorKinds,
  certainties,
  claimTypes,
  credibility,
  cueKinds,
  hopRoles,
  likelihood,
  relationTypes,
  reliability,
  sourceKinds,
  statuses,
} from '../labels.js';
import { type Appearance, quoteFor, type Selected } from '../text.js';
import { useWriter } from './session.js';
import { ErrorBox, Field, Options } from './ui.js';

let nextId = 0;
/** A unique prefix for a form's field ids, so two forms on one page never share a label target. */
function useIds() {
  const [prefix] = useState(() => `f${++nextId}`);
  return (name: string) => `${prefix}-${name}`;
}

function useWriterOrThrow() {
  const writer = useWriter();
  if (!writer) throw new Error('Enter an API key first.');
  return writer;
}

export interface Agent {
  kind: 'Actor' | 'Source';
  id: string;
  name: string;
}

/** Finds an actor or a source with the API's search, or creates one inline. */
export function AgentPicker({
  value,
  onChange,
  label,
}: {
  value: Agent | null;
  onChange: (a: Agent | null) => void;
  label: string;
}) {
  const writer = useWriterOrThrow();
  const id = useIds();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState(false);
  const [newKind, setNewKind] = useState<'Actor' | 'Source'>('Source');
  const [actorKind, setActorKind] = useState<ActorKind>('PERSON');
  const [sourceKind, setSourceKind] = useState<SourceKind>('NEWS_OUTLET');
  const hits = useQuery({
    queryKey: ['agent-search', query],
    queryFn: () => reader.search({ query, first: 8, types: ['ACTOR', 'SOURCE'] }),
    enabled: query.trim().length >= 2,
  });
  const create = useMutation({
    mutationFn: async (): Promise<Agent> => {
      const name = query.trim();
      if (newKind === 'Actor') {
        const { actor } = success((await writer.createActor({ input: { name, kind: actorKind } })).createActor);
        return { kind: 'Actor', id: actor.id, name: actor.name };
      }
      const { source } = success((await writer.createSource({ input: { name, kind: sourceKind } })).createSource);
      return { kind: 'Source', id: source.id, name: source.name };
    },
    onSuccess: (agent) => {
      setCreating(false);
      onChange(agent);
    },
  });
  if (value) {
    return (
      <div class="picked">
        <span>
          {label}: <strong>{value.name}</strong> ({value.kind === 'Actor' ? 'actor' : 'source'})
        </span>{' '}
        <button type="button" onClick={() => onChange(null)}>
          Change
        </button>
      </div>
    );
  }
  return (
    <div class="picker">
      <Field label={`${label}: search actors and sources`} id={id('q')}>
        <input id={id('q')} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </Field>
      {hits.data && (
        <ul class="hits" aria-label="Matches">
          {hits.data.search.map((hit) =>
            hit.node.__typename === 'Actor' || hit.node.__typename === 'Source' ? (
              <li key={hit.node.id}>
                <button
                  type="button"
                  class="pick"
                  onClick={() => {
                    const node = hit.node as { __typename: 'Actor' | 'Source'; id: string; name: string };
                    onChange({ kind: node.__typename, id: node.id, name: node.name });
                  }}
                >
                  {hit.node.name}{' '}
                  <small>
                    {hit.node.__typename === 'Actor'
                      ? `actor, ${actorKinds[hit.node.actorKind]}`
                      : `source, ${sourceKinds[hit.node.sourceKind]}`}
                  </small>
                </button>
              </li>
            ) : null,
          )}
          {hits.data.search.length === 0 && <li class="muted">No match.</li>}
        </ul>
      )}
      {query.trim().length >= 2 &&
        (creating ? (
          <fieldset class="inline-create">
            <legend>New: {query.trim()}</legend>
            <div class="field">
              <label for={id('new-kind')}>It is</label>
              <select
                id={id('new-kind')}
                value={newKind}
                onChange={(event) => setNewKind(event.currentTarget.value as 'Actor' | 'Source')}
              >
                <option value="Source">a source (an outlet, a channel, unnamed reports)</option>
                <option value="Actor">an actor (a person, a body, a state)</option>
              </select>
            </div>
            {newKind === 'Actor' ? (
              <Field label="Kind of actor" id={id('actor-kind')}>
                <select
                  id={id('actor-kind')}
                  value={actorKind}
                  onChange={(e) => setActorKind(e.currentTarget.value as ActorKind)}
                >
                  <Options labels={actorKinds} />
                </select>
              </Field>
            ) : (
              <Field label="Kind of source" id={id('source-kind')}>
                <select
                  id={id('source-kind')}
                  value={sourceKind}
                  onChange={(e) => setSourceKind(e.currentTarget.value as SourceKind)}
                >
                  <Options labels={sourceKinds} />
                </select>
              </Field>
            )}
            <button type="button" onClick={() => create.mutate()} disabled={create.isPending}>
              Create “{query.trim()}”
            </button>
            <ErrorBox error={create.error} />
          </fieldset>
        ) : (
          <button type="button" class="link" onClick={() => setCreating(true)}>
            Not listed? Create “{query.trim()}”
          </button>
        ))}
    </div>
  );
}

/** Finds a claim with the API's search. */
function ClaimPicker({
  onPick,
  label,
  exclude,
}: {
  onPick: (c: { id: string; text: string }) => void;
  label: string;
  exclude?: string;
}) {
  const id = useIds();
  const [query, setQuery] = useState('');
  const hits = useQuery({
    queryKey: ['claim-search', query],
    queryFn: () => reader.search({ query, first: 8, types: ['CLAIM'] }),
    enabled: query.trim().length >= 2,
  });
  return (
    <div class="picker">
      <Field label={label} id={id('q')}>
        <input id={id('q')} type="search" value={query} onInput={(event) => setQuery(event.currentTarget.value)} />
      </Field>
      {hits.data && (
        <ul class="hits" aria-label="Matching claims">
          {hits.data.search.map((hit) =>
            hit.node.__typename === 'Claim' && hit.node.id !== exclude ? (
              <li key={hit.node.id}>
                <button
                  type="button"
                  class="pick"
                  onClick={() => onPick({ id: hit.node.id, text: (hit.node as { text: string }).text })}
                >
                  {hit.node.text}
                </button>
              </li>
            ) : null,
          )}
          {hits.data.search.length === 0 && <li class="muted">No match.</li>}
        </ul>
      )}
    </div>
  );
}

interface HopDraft {
  role: HopRole;
  agent: Agent | null;
  words: Selected | null;
}

/**
 * Records a claim at the selected words: a new claim, or an existing one anchored here, with the stated
 * certainty, cue words and attribution hops, each selected in the text the same way.
 */
export function AppearanceForm({
  articleId,
  versionId,
  text,
  selected,
  onDone,
}: {
  articleId: string;
  versionId: string;
  text: string;
  selected: Selected;
  onDone: (appearanceId: string) => void;
}) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [quote] = useState(selected);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [claimText, setClaimText] = useState(selected.exact);
  const [type, setType] = useState<ClaimType>('EVENT');
  const [existing, setExisting] = useState<{ id: string; text: string } | null>(null);
  const [certainty, setCertainty] = useState<StatedCertainty>('ATTRIBUTED_STATEMENT');
  const [cues, setCues] = useState<{ kind: CueKind; words: Selected }[]>([]);
  const [cueKind, setCueKind] = useState<CueKind>('HEDGE');
  const [hops, setHops] = useState<HopDraft[]>([]);
  const latest = selected.start !== quote.start || selected.end !== quote.end ? selected : null;

  const save = useMutation({
    mutationFn: async () => {
      let claimId = existing?.id;
      if (mode === 'new' || !claimId) {
        const { claim } = success(
          (await writer.createClaim({ input: { text: claimText.trim(), type, message: 'Recorded in the explorer' } }))
            .createClaim,
        );
        claimId = claim.id;
        // A retry after a failed anchor uses this claim rather than creating another.
        setExisting({ id: claim.id, text: claim.text });
        setMode('existing');
      }
      const { appearance } = success(
        (
          await writer.addAppearance({
            input: {
              claimId,
              versionId,
              quote: quoteFor(text, quote),
              statedCertainty: certainty,
              cues: cues.map((cue) => ({ kind: cue.kind, quote: quoteFor(text, cue.words) })),
              attribution: hops.flatMap((hop) =>
                hop.agent
                  ? [
                      {
                        role: hop.role,
                        ...(hop.agent.kind === 'Actor' ? { actorId: hop.agent.id } : { sourceId: hop.agent.id }),
                        ...(hop.words ? { quote: quoteFor(text, hop.words) } : {}),
                      },
                    ]
                  : [],
              ),
              message: 'Anchored in the explorer',
            },
          })
        ).addAppearance,
      );
      return appearance;
    },
    onSuccess: async (appearance) => {
      await queries.invalidateQueries({ queryKey: ['article', articleId] });
      onDone(appearance.id);
    },
  });

  return (
    <form
      class="workflow appearance-form"
      aria-labelledby={id('title')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id={id('title')} tabIndex={-1}>
        Record a claim here
      </h2>
      <p>
        Words: <q class="quote">{quote.exact}</q>
      </p>
      <fieldset>
        <legend>Claim</legend>
        <label class="choice">
          <input type="radio" name={id('mode')} checked={mode === 'new'} onChange={() => setMode('new')} /> a new claim
        </label>
        <label class="choice">
          <input type="radio" name={id('mode')} checked={mode === 'existing'} onChange={() => setMode('existing')} /> an
          existing claim
        </label>
        {mode === 'new' ? (
          <>
            <Field label="The claim, in its own words" id={id('text')}>
              <textarea
                id={id('text')}
                rows={3}
                value={claimText}
                onInput={(e) => setClaimText(e.currentTarget.value)}
              />
            </Field>
            <Field label="Type" id={id('type')}>
              <select id={id('type')} value={type} onChange={(e) => setType(e.currentTarget.value as ClaimType)}>
                <Options labels={claimTypes} />
              </select>
            </Field>
          </>
        ) : existing ? (
          <p class="picked">
            Claim: <strong>{existing.text}</strong>{' '}
            <button type="button" onClick={() => setExisting(null)}>
              Change
            </button>
          </p>
        ) : (
          <ClaimPicker label="Search claims" onPick={setExisting} />
        )}
      </fieldset>
      <Field label="Stated certainty (what the text says, not your verdict)" id={id('certainty')}>
        <select
          id={id('certainty')}
          value={certainty}
          onChange={(e) => setCertainty(e.currentTarget.value as StatedCertainty)}
        >
          {(Object.entries(certainties) as [StatedCertainty, { label: string }][]).map(([value, style]) => (
            <option key={value} value={value}>
              {style.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>Cue words ({cues.length})</legend>
        <ul class="drafts">
          {cues.map((cue, index) => (
            <li key={`${cue.words.start}-${cue.kind}`}>
              <q>{cue.words.exact}</q> ({cueKinds[cue.kind]}){' '}
              <button type="button" onClick={() => setCues(cues.filter((_, i) => i !== index))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <Field label="Kind of cue" id={id('cue-kind')}>
          <select id={id('cue-kind')} value={cueKind} onChange={(e) => setCueKind(e.currentTarget.value as CueKind)}>
            <Options labels={cueKinds} />
          </select>
        </Field>
        <button
          type="button"
          disabled={!latest}
          onClick={() => latest && setCues([...cues, { kind: cueKind, words: latest }])}
        >
          {latest ? `Add “${latest.exact}” as a cue` : 'Select cue words in the text, then add them'}
        </button>
      </fieldset>
      <fieldset>
        <legend>Who it comes from ({hops.length} hops)</legend>
        <ol class="drafts">
          {hops.map((hop, index) => (
            <li key={index}>
              <Field label="Role" id={id(`hop-${index}-role`)}>
                <select
                  id={id(`hop-${index}-role`)}
                  value={hop.role}
                  onChange={(e) =>
                    setHops(hops.map((h, i) => (i === index ? { ...h, role: e.currentTarget.value as HopRole } : h)))
                  }
                >
                  <Options labels={hopRoles} />
                </select>
              </Field>
              <AgentPicker
                label="Who"
                value={hop.agent}
                onChange={(agent) => setHops(hops.map((h, i) => (i === index ? { ...h, agent } : h)))}
              />
              {hop.words ? (
                <p>
                  Words: <q>{hop.words.exact}</q>
                </p>
              ) : (
                <button
                  type="button"
                  disabled={!latest}
                  onClick={() => setHops(hops.map((h, i) => (i === index ? { ...h, words: latest } : h)))}
                >
                  {latest
                    ? `Use “${latest.exact}” as the words that say so`
                    : 'Select the words that say so (optional)'}
                </button>
              )}
              <button type="button" onClick={() => setHops(hops.filter((_, i) => i !== index))}>
                Remove hop
              </button>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => setHops([...hops, { role: 'REPORTER', agent: null, words: null }])}>
          Add a hop
        </button>
      </fieldset>
      <ErrorBox error={save.error} />
      <button type="submit" class="primary" disabled={save.isPending || (mode === 'existing' && !existing)}>
        {save.isPending ? 'Saving…' : 'Save the claim here'}
      </button>
    </form>
  );
}

/** Shared by the small forms: a disclosure with a title, its fields, a submit button and the result. */
function Tool({
  title,
  children,
  onSubmit,
  pending,
  error,
  done,
  submitLabel,
  disabled,
}: {
  title: string;
  children: preact.ComponentChildren;
  onSubmit: () => void;
  pending: boolean;
  error: unknown;
  done: string;
  submitLabel: string;
  disabled?: boolean;
}) {
  return (
    <details class="tool">
      <summary>{title}</summary>
      <form
        class="workflow"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <ErrorBox error={error} />
        <button type="submit" class="primary" disabled={pending || disabled}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <p class="done" role="status">
          {done}
        </p>
      </form>
    </details>
  );
}

export function AssessForm({ claimId }: { claimId: string }) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [status, setStatus] = useState<VerificationStatus>('IN_PROGRESS');
  const [cred, setCred] = useState('');
  const [band, setBand] = useState<LikelihoodBand | ''>('');
  const [rationale, setRationale] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      success(
        (
          await writer.addAssessment({
            input: {
              claimId,
              verificationStatus: status,
              ...(cred ? { credibility: Number(cred) } : {}),
              ...(band ? { likelihood: band } : {}),
              ...(rationale.trim() ? { rationale: rationale.trim() } : {}),
            },
          })
        ).addAssessment,
      ),
    onSuccess: () =>
      queries.invalidateQueries({ predicate: (q) => q.queryKey.includes(claimId) || q.queryKey[0] === 'article' }),
  });
  const statusLabels = Object.fromEntries(Object.entries(statuses).map(([k, v]) => [k, v.label])) as Record<
    VerificationStatus,
    string
  >;
  return (
    <Tool
      title="Add an assessment"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Assessment saved.' : ''}
      submitLabel="Save the assessment"
    >
      <Field label="Verification status" id={id('status')}>
        <select
          id={id('status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as VerificationStatus)}
        >
          <Options labels={statusLabels} />
        </select>
      </Field>
      <Field label="Credibility (Admiralty 1–6)" id={id('cred')}>
        <select id={id('cred')} value={cred} onChange={(e) => setCred(e.currentTarget.value)}>
          <option value="">not rated</option>
          {Object.entries(credibility).map(([value, meaning]) => (
            <option key={value} value={value}>
              {value}: {meaning}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Likelihood" id={id('band')}>
        <select id={id('band')} value={band} onChange={(e) => setBand(e.currentTarget.value as LikelihoodBand | '')}>
          <option value="">not stated</option>
          <Options labels={likelihood} />
        </select>
      </Field>
      <Field label="Rationale (required for a closed status)" id={id('rationale')}>
        <textarea
          id={id('rationale')}
          rows={3}
          value={rationale}
          onInput={(e) => setRationale(e.currentTarget.value)}
        />
      </Field>
    </Tool>
  );
}

export function CueForm({
  appearanceId,
  articleId,
  text,
  selected,
}: {
  appearanceId: string;
  articleId: string;
  text: string;
  selected: Selected | null;
}) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [kind, setKind] = useState<CueKind>('HEDGE');
  const save = useMutation({
    mutationFn: async () => {
      if (!selected) throw new Error('Select the cue words in the text first.');
      return success((await writer.addCue({ input: { appearanceId, kind, quote: quoteFor(text, selected) } })).addCue);
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: ['article', articleId] }),
  });
  return (
    <Tool
      title="Add a cue word"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Cue saved.' : ''}
      submitLabel={selected ? `Add “${selected.exact}”` : 'Select words in the text first'}
      disabled={!selected}
    >
      <Field label="Kind of cue" id={id('kind')}>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as CueKind)}>
          <Options labels={cueKinds} />
        </select>
      </Field>
    </Tool>
  );
}

export function HopForm({
  appearance,
  articleId,
  text,
  selected,
}: {
  appearance: Appearance;
  articleId: string;
  text: string;
  selected: Selected | null;
}) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [role, setRole] = useState<HopRole>('REPORTER');
  const [agent, setAgent] = useState<Agent | null>(null);
  const [useWords, setUseWords] = useState(true);
  const save = useMutation({
    mutationFn: async () => {
      if (!agent) throw new Error('Choose who it comes from.');
      return success(
        (
          await writer.addAttributionHop({
            input: {
              appearanceId: appearance.id,
              role,
              ...(agent.kind === 'Actor' ? { actorId: agent.id } : { sourceId: agent.id }),
              ...(useWords && selected ? { quote: quoteFor(text, selected) } : {}),
            },
          })
        ).addAttributionHop,
      );
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: ['article', articleId] }),
  });
  return (
    <Tool
      title="Add an attribution hop"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Hop added at the end of the chain.' : ''}
      submitLabel="Add the hop"
      disabled={!agent}
    >
      <Field label="Role" id={id('role')}>
        <select id={id('role')} value={role} onChange={(e) => setRole(e.currentTarget.value as HopRole)}>
          <Options labels={hopRoles} />
        </select>
      </Field>
      <AgentPicker label="Who" value={agent} onChange={setAgent} />
      {selected && (
        <label class="choice">
          <input type="checkbox" checked={useWords} onChange={(e) => setUseWords(e.currentTarget.checked)} /> anchored
          to the selected words “{selected.exact}”
        </label>
      )}
    </Tool>
  );
}

export function RelateForm({ claimId }: { claimId: string }) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [other, setOther] = useState<{ id: string; text: string } | null>(null);
  const [type, setType] = useState<RelationType>('SUPPORTS');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: async () => {
      if (!other) throw new Error('Choose the other claim.');
      return success(
        (
          await writer.relateClaims({
            input: { fromClaimId: claimId, toClaimId: other.id, type, ...(note.trim() ? { note: note.trim() } : {}) },
          })
        ).relateClaims,
      );
    },
    onSuccess: () =>
      queries.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'claim' || q.queryKey[0] === 'article' }),
  });
  return (
    <Tool
      title="Relate to another claim"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Relation saved.' : ''}
      submitLabel="Relate"
      disabled={!other}
    >
      <Field label="This claim" id={id('type')}>
        <select id={id('type')} value={type} onChange={(e) => setType(e.currentTarget.value as RelationType)}>
          <Options labels={relationTypes} />
        </select>
      </Field>
      {other ? (
        <p class="picked">
          <strong>{other.text}</strong>{' '}
          <button type="button" onClick={() => setOther(null)}>
            Change
          </button>
        </p>
      ) : (
        <ClaimPicker label="the claim: search" onPick={setOther} exclude={claimId} />
      )}
      <Field label="Note" id={id('note')}>
        <input id={id('note')} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
    </Tool>
  );
}

/** Merges a duplicate into this claim: its appearances, relations and assessments move here. */
export function MergeForm({ claim, articleId }: { claim: ClaimDetailFragment; articleId: string }) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const [duplicate, setDuplicate] = useState<{ id: string; text: string } | null>(null);
  const save = useMutation({
    mutationFn: async () => {
      if (!duplicate) throw new Error('Choose the duplicate.');
      const { claim: merged } = await reader.claim({ id: duplicate.id });
      if (!merged) throw new Error('The duplicate is gone.');
      return success(
        (
          await writer.mergeClaims({
            input: {
              survivorId: claim.id,
              survivorRevision: claim.revision,
              mergedId: merged.id,
              mergedRevision: merged.revision,
              message: 'Merged a duplicate in the explorer',
            },
          })
        ).mergeClaims,
      );
    },
    onSuccess: () =>
      queries.invalidateQueries({
        predicate: (q) => q.queryKey[0] === 'claim' || q.queryKey[0] === 'article' || q.queryKey[0] === articleId,
      }),
  });
  return (
    <Tool
      title="Merge a duplicate into this claim"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Merged: the duplicate’s appearances and assessments are now this claim’s.' : ''}
      submitLabel="Merge"
      disabled={!duplicate}
    >
      {duplicate ? (
        <p class="picked">
          Duplicate: <strong>{duplicate.text}</strong>{' '}
          <button type="button" onClick={() => setDuplicate(null)}>
            Change
          </button>
        </p>
      ) : (
        <ClaimPicker label="The duplicate: search claims" onPick={setDuplicate} exclude={claim.id} />
      )}
    </Tool>
  );
}

export function RateSourceForm({ sourceId }: { sourceId: string }) {
  const writer = useWriterOrThrow();
  const queries = useQueryClient();
  const id = useIds();
  const [rating, setRating] = useState<ReliabilityRating>('C');
  const [rationale, setRationale] = useState('');
  const save = useMutation({
    mutationFn: async () =>
      success((await writer.rateSource({ input: { sourceId, rating, rationale: rationale.trim() } })).rateSource),
    onSuccess: () =>
      queries.invalidateQueries({ predicate: (q) => q.queryKey.includes(sourceId) || q.queryKey[0] === 'sources' }),
  });
  const labels = Object.fromEntries(Object.entries(reliability).map(([k, v]) => [k, `${k}: ${v}`])) as Record<
    ReliabilityRating,
    string
  >;
  return (
    <Tool
      title="Rate this source"
      onSubmit={() => save.mutate()}
      pending={save.isPending}
      error={save.error}
      done={save.isSuccess ? 'Rating saved.' : ''}
      submitLabel="Save the rating"
    >
      <Field label="Reliability (Admiralty A–G)" id={id('rating')}>
        <select
          id={id('rating')}
          value={rating}
          onChange={(e) => setRating(e.currentTarget.value as ReliabilityRating)}
        >
          <Options labels={labels} />
        </select>
      </Field>
      <Field label="Rationale" id={id('rationale')}>
        <textarea
          id={id('rationale')}
          rows={3}
          value={rationale}
          onInput={(e) => setRationale(e.currentTarget.value)}
        />
      </Field>
    </Tool>
  );
}
