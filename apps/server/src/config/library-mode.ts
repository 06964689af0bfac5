/**
 * Puts the libraries in their production mode when the user set no NODE_ENV, keeping the profile
 * that an unset NODE_ENV gives (development): graphql-js in its development mode checks every
 * failed `instanceof` again for a second copy of the library, about 15% of a nested read's CPU, and
 * Prisma formats its errors for a terminal. `readHardening` reads CLAIMGRAPH_PROFILE before NODE_ENV,
 * so the two stay apart. A NODE_ENV the user set (production, development, test) is left as it is.
 * Must run before graphql loads: it reads NODE_ENV once, when its module is evaluated.
 */
export function productionLibraries(env: NodeJS.ProcessEnv): void {
  if (env.NODE_ENV !== undefined) return;
  if (!env.CLAIMGRAPH_PROFILE) env.CLAIMGRAPH_PROFILE = 'development';
  env.NODE_ENV = 'production';
}
