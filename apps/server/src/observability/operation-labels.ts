/**
 * Operation names as metric labels, bounded. A client chooses its operation names, and Prometheus keeps a
 * time series per distinct label for the life of the process: left open, a client sending a new name with
 * each request grows `/metrics` and the server's memory without end. The first `max` names keep their own
 * label (a deployment's clients use a few dozen); names first seen after that are counted as `other`.
 */
export function boundedLabels(max: number): (name: string) => string {
  const admitted = new Set<string>();
  return (name) => {
    if (admitted.has(name)) return name;
    if (admitted.size >= max) return OTHER;
    admitted.add(name);
    return name;
  };
}

export const OTHER = 'other';
