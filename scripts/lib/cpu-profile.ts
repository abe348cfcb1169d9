/** Sums V8 CPU profiles (CDP Profiler.stop) by function, to say where the time goes. */

/** The parts of a CDP `Profiler.Profile` this module reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds per function: `total` counts time in the function and everything it called, `self` only its own. */
export interface FunctionTimes {
  total: Map<string, number>;
  self: Map<string, number>;
}

/** Pseudo-frames the profiler adds for time outside JavaScript. */
const NOT_WORK = new Set(['(idle)', '(program)', '(root)']);

/** A function's name in the summary; built-ins (no script URL) are marked, since page code may reuse their names. */
function frameName(frame: { functionName: string; url: string }): string {
  const name = frame.functionName || '(anonymous)';
  return (frame.url || name.startsWith('(')) ? name : `${name} [native]`;
}

export function emptyTimes(): FunctionTimes {
  return { total: new Map(), self: new Map() };
}

/**
 * Adds one profile to `into`, dividing by `runs` so the sums read as milliseconds per run.
 * A function that appears twice in a stack (recursion) is counted once in `total`.
 */
export function addProfile(into: FunctionTimes, profile: CpuProfile, runs = 1): FunctionTimes {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const timeByNode = new Map<number, number>();
  samples.forEach((node, index) => timeByNode.set(node, (timeByNode.get(node) ?? 0) + (deltas[index] ?? 0)));

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const add = (map: Map<string, number>, name: string, ms: number) => map.set(name, (map.get(name) ?? 0) + ms);
  for (const [id, microseconds] of timeByNode) {
    const node = byId.get(id);
    if (!node || microseconds === 0) continue;
    const name = frameName(node.callFrame);
    if (NOT_WORK.has(name)) continue;
    const ms = microseconds / 1000 / runs;
    add(into.self, name, ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
      const frame = frameName(byId.get(current)!.callFrame);
      if (NOT_WORK.has(frame) || seen.has(frame)) continue;
      seen.add(frame);
      add(into.total, frame, ms);
    }
  }
  return into;
}

/** The `count` largest entries, largest first, rounded to 0.1 ms. */
export function topFunctions(times: Map<string, number>, count: number): Array<{ name: string; ms: number }> {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => ({ name, ms: Math.round(ms * 10) / 10 }));
}
