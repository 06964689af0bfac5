import type {
  ChangeEventFieldsFragment,
  ReliabilityRating,
  StatedCertainty,
  VerificationStatus,
} from '@claimgraph/sdk';
import { useQuery, useQueryClient } from '@tanstack/preact-query';
import type { ComponentChildren } from 'preact';
import { describeError, reader } from '../api.js';
import { certainties, credibility, operations, reliability, statuses, when, words } from '../labels.js';

/** A failed read or write in words, with the fields at fault; a conflict offers to reload what is shown. */
export function ErrorBox({ error }: { error: unknown }) {
  const queries = useQueryClient();
  if (!error) return null;
  const { message, issues, conflict } = describeError(error);
  return (
    <div class="error" role="alert">
      <p>{message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      )}
      {conflict && (
        <p>
          Someone changed it since you loaded it.{' '}
          <button type="button" onClick={() => void queries.invalidateQueries()}>
            Reload the latest
          </button>
        </p>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="status">Loading {what}…</p>;
}

export function CertaintyBadge({ value }: { value: StatedCertainty }) {
  const style = certainties[value];
  return (
    <span class="badge" data-line={style.line} style={{ '--certainty': style.colour }}>
      <abbr title={style.label}>{style.code}</abbr> {style.label}
    </span>
  );
}

export function StatusBadge({ value }: { value: VerificationStatus }) {
  const status = statuses[value];
  return (
    <span class="status-badge" data-status={value} title={status.meaning}>
      <span aria-hidden="true">{status.symbol}</span> {status.label}
    </span>
  );
}

export function Reliability({ rating }: { rating: ReliabilityRating }) {
  return (
    <span class="reliability" data-rating={rating}>
      <strong>{rating}</strong> {reliability[rating]}
    </span>
  );
}

export function Credibility({ value }: { value: number }) {
  return (
    <span class="credibility">
      <strong>{value}</strong> {credibility[value] ?? ''}
    </span>
  );
}

/** The Admiralty scales, in words: reliability of a source (A–G) and credibility of information (1–6). */
export function ScaleKey() {
  return (
    <details class="scale-key">
      <summary>Key: reliability A–G and credibility 1–6</summary>
      <div class="scales">
        <dl>
          <dt class="scale-title">Source reliability (Admiralty code)</dt>
          {(Object.entries(reliability) as [ReliabilityRating, string][]).map(([rating, meaning]) => (
            <div key={rating}>
              <dt>{rating}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
        <dl>
          <dt class="scale-title">Information credibility</dt>
          {Object.entries(credibility).map(([value, meaning]) => (
            <div key={value}>
              <dt>{value}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

function changeSummary(event: ChangeEventFieldsFragment) {
  const fields = event.changes.map((change) => change.field).filter((field) => field !== 'revision');
  return `${operations[event.operation]} ${words(event.entityType)}${
    fields.length ? `: ${fields.slice(0, 6).join(', ')}${fields.length > 6 ? '…' : ''}` : ''
  }`;
}

/** Every write to an article, claim, actor or source: who, when, what and their message. */
export function ChangeHistory({ id }: { id: string }) {
  const history = useQuery({
    queryKey: ['history', id],
    queryFn: async () => {
      const { node } = await reader.entityHistory({ id, first: 100 });
      return node && 'history' in node ? node.history : null;
    },
  });
  return (
    <details class="history">
      <summary>Change history{history.data ? ` (${history.data.totalCount})` : ''}</summary>
      {history.isPending ? (
        <Loading what="the history" />
      ) : history.isError ? (
        <ErrorBox error={history.error} />
      ) : history.data?.edges.length ? (
        <ol class="changes">
          {history.data.edges.map(({ node: event }) => (
            <li key={event.id}>
              <time dateTime={event.at}>{when(event.at)}</time> <span class="author">{event.author}</span>{' '}
              <span>{changeSummary(event)}</span>
              {event.message && <q class="message">{event.message}</q>}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">No recorded changes.</p>
      )}
    </details>
  );
}

export function Field({
  label,
  id,
  children,
  hint,
}: {
  label: string;
  id: string;
  children: ComponentChildren;
  hint?: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
    </div>
  );
}

export function Options<T extends string>({ labels }: { labels: Record<T, string> }) {
  return (
    <>
      {(Object.entries(labels) as [T, string][]).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

/**
 * Brings a detail that just opened into view and focuses it: on a phone it sits under the text, so it is
 * scrolled to; beside the text on a desktop it is already in view and nothing moves.
 */
export function revealAndFocus(element: HTMLElement | null) {
  if (!element) return;
  element.focus({ preventScroll: true });
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.top > window.innerHeight - 40) element.scrollIntoView({ block: 'start', behavior: 'instant' });
}
