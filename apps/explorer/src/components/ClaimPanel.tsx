import { useQuery } from '@tanstack/preact-query';
import { useEffect, useRef } from 'preact/hooks';
import { reader } from '../api.js';
import {
  actorKinds,
  actorRoles,
  claimTypes,
  cueKinds,
  hopRoles,
  likelihood,
  relationTypes,
  sourceKinds,
  when,
} from '../labels.js';
import { href } from '../route.js';
import type { Appearance, Selected } from '../text.js';
import { AssessForm, CueForm, HopForm, MergeForm, RelateForm } from './forms.js';
import { useWriter } from './session.js';
import {
  CertaintyBadge,
  ChangeHistory,
  Credibility,
  ErrorBox,
  Loading,
  Reliability,
  revealAndFocus,
  StatusBadge,
} from './ui.js';

function Chain({ appearance }: { appearance: Appearance }) {
  if (appearance.attribution.length === 0) return <p class="muted">The text attributes it to no one.</p>;
  return (
    <ol class="chain" aria-label="Attribution chain, from where the claim starts to the article">
      {appearance.attribution.map((hop) => {
        const agent = hop.agent;
        return (
          <li key={hop.id} data-role={hop.role}>
            <span class="role">{hopRoles[hop.role]}</span>{' '}
            <a class="agent" href={href(agent.__typename === 'Source' ? 'sources' : 'actors', agent.id)}>
              {agent.name}
            </a>
            <span class="meta">
              {agent.__typename === 'Source' ? (
                <>
                  source, {sourceKinds[agent.sourceKind]}
                  {agent.reliability && (
                    <>
                      {' · reliability '}
                      <Reliability rating={agent.reliability.rating} />
                    </>
                  )}
                </>
              ) : (
                <>actor, {actorKinds[agent.actorKind]}</>
              )}
            </span>
            {hop.anchor && <q class="words">{hop.anchor.exact}</q>}
          </li>
        );
      })}
    </ol>
  );
}

function Assessments({ claimId }: { claimId: string }) {
  const history = useQuery({
    queryKey: ['claim', claimId, 'assessments'],
    queryFn: () => reader.claimAssessments({ id: claimId, first: 100 }),
  });
  if (history.isPending) return <Loading what="the assessments" />;
  if (history.isError) return <ErrorBox error={history.error} />;
  const items = history.data.claim?.assessments.edges.map((edge) => edge.node) ?? [];
  if (items.length === 0) return <p class="muted">Not assessed yet.</p>;
  return (
    <ol class="assessments" aria-label="Assessments, latest first">
      {items.map((assessment, index) => (
        <li key={assessment.id} data-current={index === 0 ? 'true' : undefined}>
          <p>
            <StatusBadge value={assessment.verificationStatus} /> {index === 0 ? '(current)' : ''}
          </p>
          <dl class="assessment">
            {assessment.credibility !== null && (
              <>
                <dt>Credibility</dt>
                <dd>
                  <Credibility value={assessment.credibility} />
                </dd>
              </>
            )}
            {assessment.likelihood && (
              <>
                <dt>Likelihood</dt>
                <dd>{likelihood[assessment.likelihood]}</dd>
              </>
            )}
            {assessment.confidence !== null && (
              <>
                <dt>Confidence</dt>
                <dd>{assessment.confidence}%</dd>
              </>
            )}
            {assessment.rationale && (
              <>
                <dt>Rationale</dt>
                <dd class="rationale">{assessment.rationale}</dd>
              </>
            )}
            <dt>By</dt>
            <dd>
              {assessment.assessedBy}, <time dateTime={assessment.assessedAt}>{when(assessment.assessedAt)}</time>
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/** The selected appearance's claim: how the text states it, who it comes from, what analysts concluded. */
export function ClaimPanel({
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
  const writer = useWriter();
  const heading = useRef<HTMLHeadingElement>(null);
  const claimId = appearance.claim.id;
  const claim = useQuery({ queryKey: ['claim', claimId], queryFn: () => reader.claim({ id: claimId }) });
  // The detail opens in view: on a phone it sits under the text, so it is scrolled to and focused.
  useEffect(() => {
    revealAndFocus(heading.current);
  }, []);
  const detail = claim.data?.claim;
  return (
    <div class="claim-panel">
      <h2 class="claim-text" tabIndex={-1} ref={heading}>
        {appearance.claim.text}
      </h2>
      <p class="meta">
        Claim type: {claimTypes[appearance.claim.type]}
        {appearance.claim.time?.text ? ` · when: ${appearance.claim.time.text}` : ''}
      </p>
      <p>
        Analysts’ verdict: <StatusBadge value={appearance.claim.verificationStatus} />
      </p>
      <h3>How the text states it</h3>
      <p>
        <CertaintyBadge value={appearance.statedCertainty} /> <q>{appearance.quote}</q>
      </p>
      {appearance.anchorStatus !== 'ANCHORED' && (
        <p class="note">
          Anchor: {appearance.anchorStatus === 'REANCHORED' ? 'found again in this version' : 'orphaned'}
        </p>
      )}
      <p class="cues">
        {appearance.cues.length
          ? [
              'Cue words: ',
              ...appearance.cues.map((cue) => (
                <span key={cue.id} class="cue" title={cueKinds[cue.kind]}>
                  {cue.anchor.exact} <small>({cueKinds[cue.kind]})</small>
                </span>
              )),
            ]
          : 'No cue words.'}
      </p>
      <h3>Who it comes from</h3>
      <Chain appearance={appearance} />
      {claim.isPending ? (
        <Loading what="the claim" />
      ) : claim.isError ? (
        <ErrorBox error={claim.error} />
      ) : !detail ? (
        <p>The claim is gone (merged or archived).</p>
      ) : (
        <>
          <h3>Actors</h3>
          {detail.actors.length ? (
            <ul class="actors">
              {detail.actors.map(({ role, actor }) => (
                <li key={`${role}${actor.id}`}>
                  <span class="role">{actorRoles[role]}</span> <a href={href('actors', actor.id)}>{actor.name}</a>{' '}
                  <span class="meta">{actorKinds[actor.kind]}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">None recorded.</p>
          )}
          <h3>Assessments over time</h3>
          <Assessments claimId={claimId} />
          <h3>Related claims</h3>
          {detail.outgoingRelations.length + detail.incomingRelations.length ? (
            <ul class="relations">
              {detail.outgoingRelations.map((r) => (
                <li key={r.id}>
                  <span class="relation">This claim {relationTypes[r.type]}</span>{' '}
                  <a href={href('claim', r.to.id)}>{r.to.text}</a>
                  {r.note && <span class="meta">{r.note}</span>}
                </li>
              ))}
              {detail.incomingRelations.map((r) => (
                <li key={r.id}>
                  <a href={href('claim', r.from.id)}>{r.from.text}</a>{' '}
                  <span class="relation">{relationTypes[r.type]} this claim</span>
                  {r.note && <span class="meta">{r.note}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">None.</p>
          )}
          <ChangeHistory id={claimId} />
          {writer ? (
            <section class="tools" aria-label="Edit this claim">
              <h3>Work on this claim</h3>
              <AssessForm claimId={claimId} />
              <CueForm appearanceId={appearance.id} articleId={articleId} text={text} selected={selected} />
              <HopForm appearance={appearance} articleId={articleId} text={text} selected={selected} />
              <RelateForm claimId={claimId} />
              <MergeForm claim={detail} articleId={articleId} />
            </section>
          ) : (
            <p class="hint">Enter an API key at the top to assess, relate or annotate this claim.</p>
          )}
        </>
      )}
    </div>
  );
}
