import { createServer } from 'node:net';

/**
 * Whether `host:port` can be bound, tried before the server migrates and seeds anything, so a port in
 * use is one line at once rather than a stack trace after the work. Port 0 (any free port) always can.
 */
export async function portInUse(host: string, port: number): Promise<boolean> {
  if (port === 0) return false;
  const probe = createServer();
  return new Promise((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(true) : reject(error),
    );
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

export function portInUseMessage(host: string, port: number) {
  return `Port ${port} on ${host} is in use (another claimgraph, or another server). Stop it, or choose another port: PORT=${port + 1} npm start`;
}
