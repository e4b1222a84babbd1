/**
 * The import check run by `npm run lint`: imports under src/ flow one way, from the lower layers up,
 * and no modules and no layers import each other in a circle. Fails naming the file and the import.
 *
 * ESLint's no-restricted-imports (eslint.config.js) keeps features apart and features and app out of
 * the lower layers, but it cannot rank the lower layers against each other or see a cycle that runs
 * through several files (content → i18n → … → content); this script can, with TypeScript's own
 * import scanner and no dependency of its own.
 *
 * Usage: node scripts/check-imports.mjs [srcDir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The layers from low to high (DESIGN.md, confirmed against the imports). A layer may import its own
 * rank and lower ones. `routing` (paths and the router, importing nothing) sits with the foundations:
 * the shared storage banner in `ui` links to the data page. Files directly in src/ (main.tsx, sw.ts)
 * start the app and rank with `app`.
 */
export const LAYER_RANKS = {
  vendor: 0,
  content: 1,
  storage: 1,
  schedule: 1,
  i18n: 1,
  cues: 1,
  routing: 1,
  ui: 2,
  pwa: 3,
  features: 4,
  app: 5,
};

const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.tsx'];

/** The layer of a path relative to src/ (`features/diary/x.tsx` → `features`; `main.tsx` → `app`). */
export function layerOf(relativePath) {
  const parts = relativePath.split('/');
  if (parts.length === 1) return 'app';
  const layer = parts[0];
  if (!(layer in LAYER_RANKS))
    throw new Error(`src/${relativePath}: src/${layer} is not a known layer (scripts/check-imports.mjs)`);
  return layer;
}

/** The relative specifiers a file imports: static, type-only, re-exports and dynamic `import()`. */
export function importsOf(text) {
  const { importedFiles } = ts.preProcessFile(text, true, true);
  return importedFiles.map((ref) => ref.fileName).filter((specifier) => specifier.startsWith('.'));
}

function resolve(fromPath, specifier, files) {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromPath), specifier));
  for (const suffix of RESOLVE_SUFFIXES) if (files.has(base + suffix)) return base + suffix;
  return null;
}

/** Tarjan's strongly connected components: every group of nodes that reach each other. */
function circles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? new Set()).has(node)) found.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** One path round a group of nodes that reach each other, from its first node back to it. */
function loopThrough(group, graph) {
  const members = new Set(group);
  const start = group[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const loop = [node];
        for (let at = previous.get(node); at !== null; at = previous.get(at)) loop.unshift(at);
        return [...loop, start];
      }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

function addEdge(graph, from, to) {
  if (!graph.has(from)) graph.set(from, new Set());
  graph.get(from).add(to);
}

/**
 * The problems in a set of source files, given as a map from path relative to src/ to text: imports
 * of a higher layer, module cycles and layer cycles, one line each, naming file and import.
 */
export function checkImports(files) {
  const problems = [];
  const modules = new Map();
  const layers = new Map();
  // The first import seen from one layer into another, to name it when the layers form a circle.
  const layerWitness = new Map();
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (!SOURCE.test(file)) continue;
    modules.set(file, modules.get(file) ?? new Set());
    const fromLayer = layerOf(file);
    for (const specifier of importsOf(text)) {
      const target = resolve(file, specifier, files);
      if (target === null) {
        problems.push(`src/${file}: imports '${specifier}', which is no file under src/`);
        continue;
      }
      if (!SOURCE.test(target)) continue;
      addEdge(modules, file, target);
      const toLayer = layerOf(target);
      if (LAYER_RANKS[toLayer] > LAYER_RANKS[fromLayer])
        problems.push(`src/${file}: imports '${specifier}' (${toLayer}), a higher layer than ${fromLayer}`);
      if (toLayer !== fromLayer) {
        addEdge(layers, fromLayer, toLayer);
        const key = `${fromLayer}>${toLayer}`;
        if (!layerWitness.has(key)) layerWitness.set(key, `src/${file} imports '${specifier}'`);
      }
    }
  }
  for (const group of circles(modules)) {
    problems.push(
      `import cycle: ${loopThrough(group, modules)
        .map((file) => `src/${file}`)
        .join(' → ')}`,
    );
  }
  for (const group of circles(layers)) {
    const loop = loopThrough(group, layers);
    const steps = loop.slice(1).map((to, i) => layerWitness.get(`${loop[i]}>${to}`));
    problems.push(`layer cycle: ${loop.join(' → ')} (${steps.join('; ')})`);
  }
  return problems;
}

/** Every file under a directory, by its path relative to it (with forward slashes). */
export function readTree(dir) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(
      path.relative(dir, full).split(path.sep).join('/'),
      SOURCE.test(entry.name) ? readFileSync(full, 'utf8') : '',
    );
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const srcDir = path.resolve(process.argv[2] ?? 'src');
  const problems = checkImports(readTree(srcDir));
  if (problems.length > 0) {
    console.error(`Import check failed (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('Import check: layers in order, no cycles.');
}
