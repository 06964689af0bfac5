import { createClient } from '@claimgraph/sdk';
import { h } from './dom.js';
import { actorsView, sourcesView } from './lists.js';
import { type StoryView, storyView } from './story.js';
import './style.css';

// The API is the server this page came from, unless the build says otherwise.
const client = createClient({ url: new URL(import.meta.env.VITE_CLAIMGRAPH_URL ?? '/graphql', window.location.href) });
const app = document.getElementById('app') as HTMLElement;

type View = 'story' | 'actors' | 'sources';
const views = new Map<View, Promise<HTMLElement>>();
let story: Promise<StoryView> | undefined;

/** `#story/<appearance or claim id>`, `#actors`, `#sources`. */
function route(): { view: View; id: string | undefined } {
  const [view, id] = window.location.hash.slice(1).split('/');
  return {
    view: view === 'actors' || view === 'sources' ? view : 'story',
    id: id ? decodeURIComponent(id) : undefined,
  };
}

const showClaim = (claimId: string) => {
  window.location.hash = `story/${encodeURIComponent(claimId)}`;
};

function element(view: View): Promise<HTMLElement> {
  if (view === 'story') {
    story ??= storyView(client, (appearanceId) => {
      window.location.hash = `story/${encodeURIComponent(appearanceId)}`;
    });
    return story.then((s) => s.element);
  }
  let cached = views.get(view);
  if (!cached) {
    cached = view === 'actors' ? actorsView(client, showClaim) : sourcesView(client, showClaim);
    views.set(view, cached);
  }
  return cached;
}

async function render() {
  const { view, id } = route();
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    link.toggleAttribute('aria-current', link.getAttribute('data-view') === view);
  }
  try {
    const content = await element(view);
    if (route().view !== view) return;
    if (app.firstElementChild !== content) app.replaceChildren(content);
    if (view === 'story' && id && story) (await story).select(id);
    document.body.dataset.ready = 'true';
  } catch (error) {
    app.replaceChildren(h('p', { class: 'error' }, `Could not load the story: ${String(error)}`));
  }
}

window.addEventListener('hashchange', () => void render());
void render();
