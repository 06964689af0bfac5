import type { ExecutionArgs } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Gives each operation `ms` to finish. Past that the client gets REQUEST_TIMEOUT (HTTP 503,
 * `Retry-After`), and the execution's abort signal fires, so no further resolvers start; the SQL in
 * flight ends by PostgreSQL's `statement_timeout` (db/database.ts). A client that disconnects aborts it too.
 */
export function useTimeBudget(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args: ExecutionArgs & { signal?: AbortSignal }) => {
        // One controller that the budget or the request's own signal aborts. Not AbortSignal.any:
        // on Node 20 a signal made by it stays reachable from a long-lived source signal, and the
        // execution signal Yoga passes can outlive the request (a heap that grew per request).
        const controller = new AbortController();
        const outer = args.signal;
        const forward = () => controller.abort(outer?.reason);
        outer?.addEventListener('abort', forward, { once: true });
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise((resolve) => {
          timer = setTimeout(() => {
            controller.abort(new Error('The request ran out of time.'));
            resolve({
              errors: [
                createGraphQLError(`The request took longer than ${ms} ms and was stopped.`, {
                  extensions: { code: 'REQUEST_TIMEOUT', http: { status: 503, headers: { 'retry-after': '1' } } },
                }),
              ],
            });
          }, ms);
        });
        const execution = Promise.resolve(executeFn({ ...args, signal: controller.signal } as ExecutionArgs));
        // The losing execution may still reject once aborted: nobody waits for it any more.
        execution.catch(() => {});
        return Promise.race([execution, expired]).finally(() => {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
        }) as ReturnType<typeof executeFn>;
      });
    },
  };
}
