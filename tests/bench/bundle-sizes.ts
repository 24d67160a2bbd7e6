// Reads a built extension and sizes the JavaScript each entry point makes the browser load. A page's
// figure is its whole static import graph, not its own chunk: that is what it costs to open, and a
// shared chunk growing shows up on every page that pulls it in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { EntrySize } from './budget';

/** Static imports in a minified ES module: `from"./x.js"` and bare `import"./x.js"`; dynamic import() is left out. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The files (relative to the build root) an entry script pulls in statically, itself included. */
function importClosure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) visit(posix.normalize(posix.join(posix.dirname(file), spec!)));
  };
  visit(entry);
  return [...seen];
}

/** Raw and gzip (level 9) bytes summed file by file, as each is fetched and parsed on its own. */
function measure(root: string, name: string, files: string[]): EntrySize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { name, raw, gzip, files: files.length };
}

/**
 * Every JS entry point of a Chromium build at `root` (the `chrome-mv3` directory): the content
 * scripts and the service worker from the manifest, and each HTML page with its module script and
 * everything it imports.
 */
export function entrySizes(root: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
  };
  const out: EntrySize[] = [];
  for (const script of manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? []) out.push(measure(root, script, importClosure(root, script)));
  const worker = manifest.background?.service_worker;
  if (worker) out.push(measure(root, worker, importClosure(root, worker)));
  for (const page of readdirSync(root).filter((f) => f.endsWith('.html')).sort()) {
    const html = readFileSync(join(root, page), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    const files = new Set(scripts.flatMap((s) => importClosure(root, posix.normalize(s))));
    out.push(measure(root, page, [...files]));
  }
  return out;
}

