import { defaultClientConditions, defineConfig } from 'vite';

// The claimgraph server serves the built explorer (`dist/`) at `/`. `pnpm --filter @claimgraph/explorer dev`
// serves it with hot reload and passes /graphql on to a server at 127.0.0.1:4000.
export default defineConfig({
  // The SDK resolves to its TypeScript source, so the explorer builds without building the SDK first.
  resolve: { conditions: ['@claimgraph/source', ...defaultClientConditions] },
  // Preact's automatic JSX runtime; Vite's own transformer handles it, so no Babel-based plugin is needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
