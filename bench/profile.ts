// Where the time of a warm PDF render goes: a CPU profile (V8 sampling profiler through
// node:inspector, the same data as `node --cpu-prof`) of many renders, with self time grouped by
// the stage of the renderer that spends it (callers of library code decide the stage).
import { Session } from 'node:inspector/promises';
import type { HarborDocument } from '../src/model/types.js';
import { renderPdf } from '../src/render/pdf/index.js';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function stage(f: CallFrame): string | null {
  const u = f.url;
  if (f.functionName === '(garbage collector)') return 'garbage collection';
  if (f.functionName === '(idle)' || f.functionName === '(program)') return 'other';
  if (u.includes('node:zlib') || f.functionName === 'processChunkSync') return 'deflate (node:zlib)';
  if (u.includes('linebreak')) return 'layout: UAX #14 break opportunities (linebreak)';
  if (u.includes('pdf-lib') || u.includes('tslib')) return 'pdf-lib: object model and save()';
  if (u.includes('truetype.ts')) return 'font subsetting (truetype.ts)';
  if (u.includes('writer.ts')) return 'save: the file and its xref table (writer.ts)';
  if (u.includes('tagged.ts')) return 'paint: structure tree (tagged.ts)';
  if (u.includes('embed.ts')) return 'paint: CIDs, widths, ToUnicode (embed.ts)';
  if (u.includes('paint.ts')) return 'paint: page operators (paint.ts)';
  if (/render\/pdf\/(text|blocks|paginate|layout|fonts)\.ts/.test(u)) return 'layout: measure, break, paginate';
  return null;
}

export interface StageTime {
  stage: string;
  msPerDoc: number;
  share: number;
}

/** Profile `runs` warm renders of `doc`; self time per stage, largest first. */
export async function profilePdf(doc: HarborDocument, runs: number): Promise<StageTime[]> {
  for (let i = 0; i < 20; i++) await renderPdf(doc);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < runs; i++) await renderPdf(doc);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const totals = new Map<string, number>();
  let all = 0;
  for (const [id, us] of self) {
    let node = byId.get(id)!;
    let st = stage(node.callFrame);
    while (st === null && parent.has(node.id)) {
      node = byId.get(parent.get(node.id)!)!;
      st = stage(node.callFrame);
    }
    const key = st ?? 'other';
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([s, us]) => ({ stage: s, msPerDoc: Math.round((us / 1000 / runs) * 1000) / 1000, share: Math.round((1000 * us) / all) / 10 }));
}

export interface ModuleTime {
  where: string;
  ms: number;
  share: number;
}

/** Where a frame's time is counted: its npm package, our module, Node's internals, V8. */
function moduleOf(f: CallFrame): string | null {
  if (f.functionName === '(garbage collector)') return 'V8: garbage collection';
  if (f.functionName === '(program)') return 'V8: compiling and other (program)';
  if (f.functionName === '(idle)') return 'idle (waiting for the disk or the other core)';
  const u = f.url;
  if (!u) return null; // a native function: counted where it was called from
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (pkg) return `npm: ${pkg[1]}`;
  const ours = /\/(?:src|dist)\/(.+?)\.(?:ts|js|mjs)$/.exec(u);
  if (ours) return `harbor: ${ours[1]}`;
  if (u.startsWith('node:')) {
    if (u.includes('zlib')) return 'Node: zlib (deflate)';
    if (u.includes('crypto')) return 'Node: crypto (fingerprint)';
    if (u.includes('modules/')) return 'Node: loading modules';
    return 'Node: other internals (fs, buffers, streams, …)';
  }
  return 'other';
}

/** Self time of a `.cpuprofile` grouped by package or module (native frames go to their caller), largest first. */
export function selfTimeByModule(profile: Profile): ModuleTime[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const totals = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((s, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    let node = byId.get(s);
    let key: string | null = null;
    while (node && (key = moduleOf(node.callFrame)) === null) node = byId.get(parent.get(node.id) ?? -1);
    key ??= 'Node: other internals (fs, buffers, streams, …)';
    totals.set(key, (totals.get(key) ?? 0) + us);
    all += us;
  });
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([where, us]) => ({ where, ms: Math.round(us / 100) / 10, share: Math.round((1000 * us) / all) / 10 }));
}
