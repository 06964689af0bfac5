import { QueryClientProvider } from '@tanstack/preact-query';
import { render } from 'preact';
import { queryClient } from './api.js';
import { App } from './components/App.js';
import './style.css';

/**
 * The explorer is Preact with TanStack Query: Preact for a component model that re-renders what a write or
 * a live event changes (hooks, like React, at a tenth of the size), TanStack Query for one cache of reads
 * that writes and subscriptions invalidate by key. Every request goes through the SDK's typed operations.
 */
const root = document.getElementById('app') as HTMLElement;
// The "Loading…" placeholder the HTML shows until the script runs.
root.replaceChildren();
render(
  <QueryClientProvider client={queryClient}>
    <App />
  </QueryClientProvider>,
  root,
);
