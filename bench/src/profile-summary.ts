/**
 * The heaviest frames of a V8 CPU profile (`node --cpu-prof`), by self time. Written here rather than
 * taken from a package: it is a sum over the documented `.cpuprofile` JSON, and the profile viewers on
 * npm are interactive tools, not libraries that print a table.
 */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  percent: number;
}

/** V8's pseudo-frames for a process waiting on I/O: not work. */
const IDLE = new Set(['(idle)']);

export function summarise(profile: CpuProfile, root: string, top: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const frames = new Map<string, number>();
  const areas = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id);
    const micros = profile.timeDeltas[i] ?? 0;
    if (!frame || IDLE.has(frame.functionName)) return;
    busy += micros;
    const where = place(frame.url, root);
    const name = `${frame.functionName || '(anonymous)'}${where ? ` ${where}:${frame.lineNumber + 1}` : ''}`;
    frames.set(name, (frames.get(name) ?? 0) + micros);
    const area = areaOf(frame.url, frame.functionName, root);
    areas.set(area, (areas.get(area) ?? 0) + micros);
  });
  const ranked = (shares: Map<string, number>, count: number): Share[] =>
    [...shares]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({ name, percent: (100 * micros) / Math.max(1, busy) }));
  return { frames: ranked(frames, top), areas: ranked(areas, 8) };
}

/** A frame's file, short: the package and its path for dependencies, the repository path for ours. */
function place(url: string, root: string) {
  if (!url) return '';
  const file = url.replace(/^file:\/\//, '');
  const dependency = /node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file);
  if (dependency) return `${dependency[1]}/${dependency[2]}`;
  return file.startsWith(root) ? file.slice(root.length + 1) : file;
}

/** Who owns the time: a package, claimgraph's own code, Node's internals, or V8 (GC, compiling). */
function areaOf(url: string, functionName: string, root: string) {
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 and native code';
  if (url.startsWith('node:')) return 'Node.js internals';
  if (url.startsWith('wasm://')) return 'WebAssembly (Prisma query compiler)';
  const dependency = /node_modules\/(?!\.pnpm)((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) return dependency[1] as string;
  return url.replace(/^file:\/\//, '').startsWith(root) ? 'claimgraph' : 'other';
}
