import { Agent, request } from 'node:http';
import type { Body } from '../shapes.js';

/**
 * Latency at a fixed request rate, open loop: requests leave on a fixed schedule whether or not
 * earlier ones have answered, and each latency is measured from the moment its request was due.
 * A server that stalls is charged for the whole stall (no coordinated omission: wrk2's method;
 * wrk2 is not packaged for Debian, and hey/h2load time from the send, not from the schedule).
 */
export async function fixedRate(options: {
  url: string;
  bodies: Body[];
  rate: number;
  seconds: number;
  authorization?: string;
}): Promise<{ p50: number; p99: number; sent: number; errors: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const interval = 1000 / options.rate;
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now() + 50;
  const pending: Promise<void>[] = [];
  const payloads = options.bodies.map((b) => JSON.stringify(b));
  for (let i = 0; i < total; i += 1) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = payloads[i % payloads.length] as string;
    pending.push(
      new Promise<void>((resolve) => {
        const req = request(
          options.url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              ...(options.authorization ? { authorization: options.authorization } : {}),
            },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => {
              text += chunk;
            });
            response.on('end', () => {
              if (response.statusCode !== 200 || text.includes('"errors"')) errors += 1;
              latencies.push(performance.now() - due);
              resolve();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          resolve();
        });
        req.end(body);
      }),
    );
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { p50: at(0.5) * 1000, p99: at(0.99) * 1000, sent: total, errors };
}
