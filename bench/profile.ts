// Where the time of a warm PDF render goes: a CPU profile (V8 sampling profiler through
// node:inspector, the same data as `node --cpu-prof`) of many renders, with self time grouped by
// the stage of the renderer that spends it (callers of library code decide the stage).
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import type { HarborDocument } from '../src/model/types.js';
import { renderPdf } from '../src/render/pdf/index.js';

interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based line of the function's definition. */
  lineNumber?: number;
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

/**
 * The build bundles modules into files of dist/ (scripts/build.mjs); esbuild starts each module's
 * code there with a `// node_modules/<package>/…` or `// src/…` comment. The modules of a bundled
 * file, as [first line (0-based), source path], read once per file.
 */
const bundleSections = new Map<string, Array<[number, string]>>();
function bundledModuleAt(url: string, line: number): string | undefined {
  let sections = bundleSections.get(url);
  if (!sections) {
    sections = [];
    try {
      readFileSync(fileURLToPath(url), 'utf8')
        .split('\n')
        .forEach((l, i) => {
          const m = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(l);
          if (m) sections!.push([i, m[1]!]);
        });
    } catch {
      // not readable: counted by its file name
    }
    bundleSections.set(url, sections);
  }
  let found: string | undefined;
  for (const [first, path] of sections) {
    if (first > line) break;
    found = path;
  }
  return found;
}

/** Where a frame's time is counted: its npm package, our module, Node's internals, V8. */
function moduleOf(f: CallFrame): string | null {
  if (f.functionName === '(garbage collector)') return 'V8: garbage collection';
  if (f.functionName === '(program)') return 'V8: compiling and other (program)';
  if (f.functionName === '(idle)') return 'idle (waiting for the disk or the other core)';
  let u = f.url;
  if (!u) return null; // a native function: counted where it was called from
  if (u.startsWith('file:') && /\/dist\/[^/]+\.js$/.test(u)) u = `/${bundledModuleAt(u, f.lineNumber ?? 0) ?? u}`;
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
