import type { ArticleSummaryFragment } from '@claimgraph/sdk';
import { useQuery } from '@tanstack/preact-query';
import { diffWords } from 'diff';
import { useState } from 'preact/hooks';
import { reader } from '../api.js';
import { certainties, when } from '../labels.js';
import { ErrorBox, Loading } from './ui.js';

async function versionText(id: string) {
  const { node } = await reader.articleVersionText({ id, first: 100 });
  if (node?.__typename !== 'ArticleVersion') throw new Error('That version is gone.');
  return node;
}

/** What changed between two versions, word by word (jsdiff's `diffWords`). */
function Diff({ fromId, toId }: { fromId: string; toId: string }) {
  const texts = useQuery({
    queryKey: ['diff', fromId, toId],
    queryFn: async () => Promise.all([versionText(fromId), versionText(toId)]),
  });
  if (texts.isPending) return <Loading what="both versions" />;
  if (texts.isError) return <ErrorBox error={texts.error} />;
  const [from, to] = texts.data;
  const parts = diffWords(from.text, to.text);
  const added = parts.filter((p) => p.added).length;
  const removed = parts.filter((p) => p.removed).length;
  return (
    <div class="diff">
      <p class="meta">
        From version {from.number} to version {to.number}: {added} insertions, {removed} deletions.{' '}
        <span class="key">
          <ins>inserted</ins> <del>deleted</del>
        </span>
      </p>
      <div class="diff-text">
        {parts.map((part, index) =>
          part.added ? (
            <ins key={index}>{part.value}</ins>
          ) : part.removed ? (
            <del key={index}>{part.value}</del>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </div>
    </div>
  );
}

/** Appearances of earlier versions whose words are no longer in the text: kept, and shown as orphaned. */
function Orphans({ versionIds }: { versionIds: string[] }) {
  const orphans = useQuery({
    queryKey: ['orphans', versionIds],
    queryFn: async () => {
      const versions = await Promise.all(versionIds.map(versionText));
      return versions.flatMap((version) =>
        version.appearances.edges
          .filter(({ node }) => node.anchorStatus === 'ORPHANED')
          .map(({ node }) => ({ version: version.number, appearance: node })),
      );
    },
  });
  if (orphans.isPending || orphans.isError || orphans.data.length === 0) return null;
  return (
    <div class="orphans">
      <h4>Orphaned: claims whose words are no longer in the text</h4>
      <ul>
        {orphans.data.map(({ version, appearance }) => (
          <li key={appearance.id} data-appearance-id={appearance.id}>
            <span class="orphan-tag">orphaned</span> {appearance.claim.text}{' '}
            <span class="meta">
              stated as {certainties[appearance.statedCertainty].label} in version {version}: <q>{appearance.quote}</q>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Versions({ article }: { article: ArticleSummaryFragment }) {
  const versions = useQuery({
    queryKey: ['article', article.id, 'versions'],
    queryFn: () => reader.articleVersions({ id: article.id, first: 100 }),
  });
  const list = versions.data?.article?.versions.edges.map((edge) => edge.node) ?? [];
  const [pair, setPair] = useState<[string, string] | null>(null);
  const latest = list[0];
  const previous = list[1];
  const [fromId, toId] = pair ?? (latest && previous ? [previous.id, latest.id] : ['', '']);
  return (
    <section class="versions" aria-labelledby="versions-title">
      <h3 id="versions-title">Versions ({list.length})</h3>
      {versions.isError && <ErrorBox error={versions.error} />}
      <ol class="version-list" reversed>
        {list.map((version) => (
          <li key={version.id}>
            Version {version.number}, retrieved {when(version.retrievedAt)}{' '}
            <code title="SHA-256 of the text">{version.sha256.slice(0, 12)}</code>
            {version.id === latest?.id ? ' (current)' : ''}
          </li>
        ))}
      </ol>
      {list.length > 1 && (
        <>
          <form class="compare" onSubmit={(event) => event.preventDefault()}>
            <label for="diff-from">Compare version</label>
            <select id="diff-from" value={fromId} onChange={(event) => setPair([event.currentTarget.value, toId])}>
              {list.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.number}
                </option>
              ))}
            </select>
            <label for="diff-to">with version</label>
            <select id="diff-to" value={toId} onChange={(event) => setPair([fromId, event.currentTarget.value])}>
              {list.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.number}
                </option>
              ))}
            </select>
          </form>
          {fromId && toId && fromId !== toId && <Diff fromId={fromId} toId={toId} />}
          <Orphans versionIds={list.slice(1).map((v) => v.id)} />
        </>
      )}
    </section>
  );
}
