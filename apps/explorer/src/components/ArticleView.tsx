import type { ArticleTextQuery, StatedCertainty, VerificationStatus } from '@claimgraph/sdk';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { reader } from '../api.js';
import { blockKinds, certainties, operations, statuses, when, words } from '../labels.js';
import { href, navigate } from '../route.js';
import { type Appearance, nest, readSelection, type Selected, type Span } from '../text.js';
import { ClaimPanel } from './ClaimPanel.js';
import { AppearanceForm } from './forms.js';
import { useWriter } from './session.js';
import { ChangeHistory, ErrorBox, Loading, ScaleKey } from './ui.js';
import { Versions } from './Versions.js';

type Article = NonNullable<ArticleTextQuery['article']>;

/** The article's current version and every appearance in it, page by page (100 at most per page). */
async function loadArticle(id: string) {
  let article: Article | null = null;
  const appearances: Appearance[] = [];
  for await (const page of reader.paginate('articleText', { id, first: 100 }, (result) => {
    article ??= result.article;
    return result.article?.currentVersion.appearances;
  })) {
    appearances.push(...page.edges.map((edge) => edge.node));
  }
  return article ? { article: article as Article, appearances } : null;
}

interface Filters {
  hidden: Set<StatedCertainty>;
  status: VerificationStatus | '';
}

function shown(appearance: Appearance, filters: Filters) {
  return (
    !filters.hidden.has(appearance.statedCertainty) &&
    (!filters.status || appearance.claim.verificationStatus === filters.status)
  );
}

function Highlights({
  text,
  span,
  filters,
  selected,
}: {
  text: string;
  span: Span;
  filters: Filters;
  selected?: string;
}) {
  const out: (JSX.Element | string)[] = [];
  let at = span.start;
  for (const child of span.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    const appearance = child.appearance as Appearance;
    const style = certainties[appearance.statedCertainty];
    out.push(
      <mark
        key={appearance.id}
        class={shown(appearance, filters) ? 'appearance' : 'appearance filtered'}
        data-appearance-id={appearance.id}
        data-claim-id={appearance.claim.id}
        data-certainty={appearance.statedCertainty}
        data-code={style.code}
        data-line={style.line}
        data-selected={selected === appearance.id ? 'true' : undefined}
        style={{ '--certainty': style.colour }}
        title={`${style.label}: ${appearance.claim.text}`}
      >
        <Highlights text={text} span={child} filters={filters} selected={selected} />
      </mark>,
    );
    at = child.end;
  }
  if (span.end > at) out.push(text.slice(at, span.end));
  return <>{out}</>;
}

/** A clickable legend: each certainty the text uses, with its count; pressing one hides or shows it. */
function Legend({
  appearances,
  filters,
  setFilters,
}: {
  appearances: Appearance[];
  filters: Filters;
  setFilters: (f: Filters) => void;
}) {
  const counts = new Map<StatedCertainty, number>();
  for (const a of appearances) counts.set(a.statedCertainty, (counts.get(a.statedCertainty) ?? 0) + 1);
  const statusesUsed = [...new Set(appearances.map((a) => a.claim.verificationStatus))];
  return (
    <div class="legend-bar">
      <fieldset class="legend">
        <legend>Stated certainty: press to hide or show</legend>
        <ul>
          {(Object.entries(certainties) as [StatedCertainty, (typeof certainties)[StatedCertainty]][])
            .filter(([value]) => counts.has(value))
            .map(([value, style]) => (
              <li key={value}>
                <button
                  type="button"
                  class="legend-item"
                  data-certainty={value}
                  data-line={style.line}
                  aria-pressed={!filters.hidden.has(value)}
                  style={{ '--certainty': style.colour }}
                  onClick={() => {
                    const hidden = new Set(filters.hidden);
                    if (hidden.has(value)) hidden.delete(value);
                    else hidden.add(value);
                    setFilters({ ...filters, hidden });
                  }}
                >
                  <span class="swatch" aria-hidden="true" data-line={style.line}>
                    {style.code}
                  </span>
                  {style.label} ({counts.get(value)})
                </button>
              </li>
            ))}
        </ul>
        <p class="hint">
          Line styles: solid = {certainties.ESTABLISHED_FACT.family}, double = {certainties.ESTIMATE.family}, dashed ={' '}
          {certainties.ALLEGATION.family}, dotted = {certainties.UNCONFIRMED_REPORT.family}, wavy ={' '}
          {certainties.RUMOUR.family}.
        </p>
      </fieldset>
      <div class="field inline">
        <label for="status-filter">Analysts’ verdict</label>
        <select
          id="status-filter"
          value={filters.status}
          onChange={(event) => setFilters({ ...filters, status: event.currentTarget.value as VerificationStatus | '' })}
        >
          <option value="">any</option>
          {statusesUsed.map((status) => (
            <option key={status} value={status}>
              {statuses[status].label}
            </option>
          ))}
        </select>
      </div>
      <ScaleKey />
    </div>
  );
}

/** Hears other analysts' writes to this article's claims and refreshes what they change. */
function useLiveUpdates(articleId: string) {
  const queries = useQueryClient();
  const [notice, setNotice] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        for await (const { claimChanged } of reader.claimChanged(
          { filter: { article: articleId } },
          { signal: controller.signal },
        )) {
          const { event, claim } = claimChanged;
          setNotice(
            `Live: ${event.author} ${operations[event.operation]} ${words(event.entityType)} of “${claim.text}”`,
          );
          await Promise.all([
            queries.invalidateQueries({ queryKey: ['article', articleId] }),
            queries.invalidateQueries({ queryKey: ['claim', claim.id] }),
            queries.invalidateQueries({ queryKey: ['history'] }),
          ]);
        }
      } catch (error) {
        if (!controller.signal.aborted) setNotice(`Live updates stopped: ${String(error)}`);
      }
    })();
    return () => controller.abort();
  }, [articleId, queries]);
  return notice;
}

export function ArticleView({ id, appearanceId }: { id: string; appearanceId?: string | undefined }) {
  const writer = useWriter();
  const data = useQuery({ queryKey: ['article', id], queryFn: () => loadArticle(id) });
  const [filters, setFilters] = useState<Filters>({ hidden: new Set(), status: '' });
  const [selected, setSelected] = useState<Selected | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const notice = useLiveUpdates(id);

  if (data.isPending) return <Loading what="the article" />;
  if (data.isError) return <ErrorBox error={data.error} />;
  if (!data.data) return <p class="status">There is no such article.</p>;
  const { article, appearances } = data.data;
  const version = article.currentVersion;
  const text = version.text;
  const appearance = appearances.find((a) => a.id === appearanceId);
  const blocks = version.blocks.length ? version.blocks : [{ kind: 'BODY' as const, start: 0, end: text.length }];

  const capture = () => {
    if (!textRef.current) return;
    const next = readSelection(textRef.current, text);
    if (next) setSelected(next);
  };
  const onClick = (event: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark.appearance');
    if (mark?.dataset.appearanceId) navigate('article', id, mark.dataset.appearanceId);
  };

  return (
    <section class="article-view">
      <div class="reader">
        <h2 class="headline">{article.headline}</h2>
        <p class="meta">
          {[
            article.publisher && `Published by ${article.publisher.name}`,
            article.originalPublisher && `Originally published by ${article.originalPublisher.name}`,
            article.publishedAt ? when(article.publishedAt) : 'publication date unknown',
            `version ${version.number} of ${when(version.retrievedAt)}`,
            `${appearances.length} claim appearances`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {writer && (
          <p>
            <a href={href('ingest', id)}>Ingest a new version of this article</a>
          </p>
        )}
        <p class="live" role="status">
          {notice}
        </p>
        {appearances.length > 0 && <Legend appearances={appearances} filters={filters} setFilters={setFilters} />}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse shortcut only; every claim is also a link in the list below. */}
        <div
          class="article-text"
          ref={textRef}
          onMouseUp={capture}
          onKeyUp={capture}
          onTouchEnd={capture}
          onClick={onClick}
        >
          {blocks.map((block) => {
            const content = (
              <p class={`block block-${block.kind.toLowerCase()}`} data-start={block.start} data-end={block.end}>
                <Highlights
                  text={text}
                  span={nest(block.start, block.end, appearances)}
                  filters={filters}
                  selected={appearanceId}
                />
              </p>
            );
            return block.kind === 'BOILERPLATE' ? (
              <div key={block.start} class="boilerplate">
                <span class="boilerplate-label">{blockKinds.BOILERPLATE}</span>
                {content}
              </div>
            ) : (
              <div key={block.start}>{content}</div>
            );
          })}
        </div>
        <details class="claim-index">
          <summary>Every claim in this text, in reading order ({appearances.length})</summary>
          <ol>
            {[...appearances]
              .sort((a, b) => a.anchor.start - b.anchor.start)
              .filter((a) => shown(a, filters))
              .map((a) => (
                <li key={a.id}>
                  <a href={href('article', id, a.id)} aria-current={a.id === appearanceId ? 'true' : undefined}>
                    <span class="code">{certainties[a.statedCertainty].code}</span> {a.claim.text}
                  </a>
                </li>
              ))}
          </ol>
        </details>
        <Versions article={article} />
        <ChangeHistory id={article.id} />
      </div>
      <aside class="detail" aria-label="Selected claim">
        {appearance ? (
          <ClaimPanel key={appearance.id} appearance={appearance} articleId={id} text={text} selected={selected} />
        ) : appearanceId ? (
          <p class="status">That claim appearance is not in the current version of this article.</p>
        ) : selected && writer ? (
          <AppearanceForm
            articleId={id}
            versionId={version.id}
            text={text}
            selected={selected}
            onDone={(newId) => {
              setSelected(null);
              navigate('article', id, newId);
            }}
          />
        ) : (
          <div class="panel-help">
            <p>Select a highlighted passage, or a claim in the list under the text, to see its claim.</p>
            <p>
              {writer
                ? 'Select words in the text to record a claim there, or to anchor an existing claim to them.'
                : 'With an API key (at the top), you can select words in the text to record a claim.'}
            </p>
          </div>
        )}
      </aside>
    </section>
  );
}
