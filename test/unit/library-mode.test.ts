import { expect, test } from 'vitest';
import { productionLibraries } from '../../apps/server/src/config/library-mode.js';
import { readHardening } from '../../apps/server/src/config/profile.js';

const start = (env: NodeJS.ProcessEnv) => {
  const copy = { ...env };
  productionLibraries(copy);
  return { env: copy, profile: readHardening(copy).profile };
};

test('a server started without NODE_ENV runs its libraries in production mode and keeps the development profile', () => {
  expect(start({})).toEqual({
    env: { NODE_ENV: 'production', CLAIMGRAPH_PROFILE: 'development' },
    profile: 'development',
  });
  // An empty CLAIMGRAPH_PROFILE counts as unset, as readHardening reads it.
  expect(start({ CLAIMGRAPH_PROFILE: '' }).profile).toBe('development');
});

test('a profile the user chose is kept, and so is a NODE_ENV the user set', () => {
  expect(start({ CLAIMGRAPH_PROFILE: 'production' })).toEqual({
    env: { NODE_ENV: 'production', CLAIMGRAPH_PROFILE: 'production' },
    profile: 'production',
  });
  expect(start({ NODE_ENV: 'production' })).toEqual({ env: { NODE_ENV: 'production' }, profile: 'production' });
  for (const mode of ['development', 'test'])
    expect(start({ NODE_ENV: mode })).toEqual({ env: { NODE_ENV: mode }, profile: 'development' });
});
