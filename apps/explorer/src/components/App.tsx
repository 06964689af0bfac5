import { useQuery } from '@tanstack/preact-query';
import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError, useApiKey } from '../api.js';
import { href, navigate, type Route, useRoute } from '../route.js';
import { ArticleList } from './ArticleList.js';
import { ArticleView } from './ArticleView.js';
import { ClaimRedirect } from './ClaimRedirect.js';
import { ActorsView, SourcesView } from './Entities.js';
import { IngestForm } from './IngestForm.js';
import { SearchResults } from './SearchResults.js';
import { WriterContext } from './session.js';

function KeyField({ session }: { session: ReturnType<typeof useApiKey> }) {
  const [draft, setDraft] = useState('');
  const viewer = useQuery({
    queryKey: ['viewer', session.apiKey],
    queryFn: () => (session.writer ? session.writer.viewer() : Promise.resolve({ viewer: null })),
    enabled: Boolean(session.writer),
  });
  if (session.writer) {
    const who = viewer.data?.viewer;
    return (
      <div class="key-field" data-signed-in="true">
        <span class="who" role="status">
          {viewer.isError
            ? describeError(viewer.error).message
            : who
              ? `Editing as ${who.owner} (${who.role.toLowerCase()})`
              : viewer.isPending
                ? 'Checking the key…'
                : 'The key was not recognised'}
        </span>
        <button type="button" onClick={() => session.save('')}>
          Forget key
        </button>
      </div>
    );
  }
  return (
    <form
      class="key-field"
      onSubmit={(event) => {
        event.preventDefault();
        session.save(draft);
        setDraft('');
      }}
    >
      <label for="api-key">API key</label>
      <input
        id="api-key"
        name="api-key"
        type="password"
        autocomplete="off"
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        placeholder="to edit; kept for this tab only"
      />
      <button type="submit" disabled={!draft.trim()}>
        Use key
      </button>
    </form>
  );
}

function SearchBox({ route }: { route: Route }) {
  const [query, setQuery] = useState(route.view === 'search' ? route.query : '');
  return (
    // biome-ignore lint/a11y/useSemanticElements: Preact's JSX types have no <search> element yet; the role is the same landmark.
    <form
      class="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim()) navigate('search', query.trim());
      }}
    >
      <label for="search" class="visually-hidden">
        Search articles, claims, actors and sources
      </label>
      <input
        id="search"
        type="search"
        value={query}
        placeholder="Search claims, actors, sources…"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}

const sections = [
  { view: 'articles', label: 'Articles' },
  { view: 'actors', label: 'Actors' },
  { view: 'sources', label: 'Sources' },
  { view: 'ingest', label: 'Ingest' },
] as const;

function Page({ route }: { route: Route }) {
  switch (route.view) {
    case 'articles':
      return <ArticleList />;
    case 'article':
      return <ArticleView id={route.id} appearanceId={route.appearanceId} />;
    case 'claim':
      return <ClaimRedirect id={route.id} />;
    case 'actors':
      return <ActorsView id={route.id} />;
    case 'sources':
      return <SourcesView id={route.id} />;
    case 'ingest':
      return <IngestForm articleId={route.articleId} />;
    case 'search':
      return <SearchResults query={route.query} />;
  }
}

export function App() {
  const route = useRoute();
  const session = useApiKey();
  const main = useRef<HTMLElement>(null);
  const section =
    route.view === 'article' || route.view === 'claim' || route.view === 'search' ? 'articles' : route.view;
  useEffect(() => {
    document.body.dataset.view = route.view;
  }, [route.view]);
  return (
    <WriterContext.Provider value={session.writer}>
      <header class="top">
        <button type="button" class="skip" onClick={() => main.current?.focus()}>
          Skip to content
        </button>
        <h1>
          <a href={href('articles')}>
            claimgraph <span>explorer</span>
          </a>
        </h1>
        <nav aria-label="Sections">
          {sections.map(({ view, label }) => (
            <a key={view} href={href(view)} aria-current={section === view ? 'page' : undefined}>
              {label}
            </a>
          ))}
          <a href="/graphql">GraphiQL</a>
        </nav>
        <SearchBox route={route} />
        <KeyField session={session} />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </WriterContext.Provider>
  );
}
