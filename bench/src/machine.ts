import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** 1-minute load average when the run started and ended: above ~0.5 at the start, something else was running. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export function describeMachine(postgres: string): Machine {
  let osName = os.type();
  try {
    osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
  } catch {
    // keep the kernel's name
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName,
    node: process.version,
    postgres,
    loadAtStart: os.loadavg()[0] ?? 0,
  };
}

export function toolVersion(bin: string, args: string[]) {
  try {
    return (
      execFileSync(bin, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')[0]
        ?.trim() ?? ''
    );
  } catch (error) {
    // Some tools (wrk -v) print their version and exit with 1; only a missing binary has no output.
    const output = String((error as { stdout?: unknown }).stdout ?? '')
      .split('\n')[0]
      ?.trim();
    return output || 'not installed';
  }
}
