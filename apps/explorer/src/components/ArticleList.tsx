import type { ArticleFilter } from '@claimgraph/sdk';
import { keepPreviousData, useQuery } from '@tanstack/preact-query';
import { useState } from 'preact/hooks';
import { reader } from '../api.js';
import { when } from '../labels.js';
import { href } from '../route.js';
import { ErrorBox, Field, Loading } from './ui.js';

/** Every article, newest first, filtered by headline, publisher and publication date. */
export function ArticleList() {
  const [headline, setHeadline] = useState('');
  const [publisher, setPublisher] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter: ArticleFilter = {
    ...(headline.trim() ? { headline: headline.trim() } : {}),
    ...(publisher ? { publisher } : {}),
    ...(from || to
      ? {
          publishedAt: {
            ...(from ? { from: new Date(`${from}T00:00:00Z`).toISOString() } : {}),
            ...(to ? { to: new Date(`${to}T23:59:59.999Z`).toISOString() } : {}),
          },
        }
      : {}),
  };
  const sources = useQuery({ queryKey: ['sources'], queryFn: () => reader.sources({ first: 100 }) });
  const articles = useQuery({
    queryKey: ['articles', filter],
    queryFn: () => reader.articles({ first: 100, filter, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
    placeholderData: keepPreviousData,
  });
  return (
    <section class="article-list" aria-labelledby="articles-title">
      <h2 id="articles-title">Articles{articles.data ? ` (${articles.data.articles.totalCount})` : ''}</h2>
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter articles">
        <Field label="Headline contains" id="filter-headline">
          <input
            id="filter-headline"
            type="search"
            value={headline}
            onInput={(event) => setHeadline(event.currentTarget.value)}
          />
        </Field>
        <Field label="Publisher" id="filter-publisher">
          <select id="filter-publisher" value={publisher} onChange={(event) => setPublisher(event.currentTarget.value)}>
            <option value="">any</option>
            {sources.data?.sources.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Published from" id="filter-from">
          <input id="filter-from" type="date" value={from} onInput={(event) => setFrom(event.currentTarget.value)} />
        </Field>
        <Field label="to" id="filter-to">
          <input id="filter-to" type="date" value={to} onInput={(event) => setTo(event.currentTarget.value)} />
        </Field>
      </form>
      {articles.isPending ? (
        <Loading what="the articles" />
      ) : articles.isError ? (
        <ErrorBox error={articles.error} />
      ) : articles.data.articles.edges.length === 0 ? (
        <p class="muted">No article matches.</p>
      ) : (
        <ul class="articles">
          {articles.data.articles.edges.map(({ node: article }) => (
            <li key={article.id}>
              <a href={href('article', article.id)} class="headline-link">
                {article.headline}
              </a>
              <span class="meta">
                {[
                  article.publisher?.name ?? article.originalPublisher?.name,
                  article.publishedAt ? `published ${when(article.publishedAt)}` : 'publication date unknown',
                  article.byline,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
