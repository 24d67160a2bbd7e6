// Reads a release package with Info-ZIP's unzip, so neither the release script nor its test needs a
// zip library of its own.
import { execFileSync } from 'node:child_process';

const TEXT_FILE = /\.(js|mjs|json|html|css|txt)$/;

/**
 * A package's file paths.
 * @param zip absolute path of the zip
 */
export function readZipEntries(zip: string): string[] {
  return execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter((f) => f && !f.endsWith('/'));
}

/**
 * A package's manifest.json, parsed.
 * @param zip absolute path of the zip
 */
export function readZipManifest(zip: string): Record<string, unknown> {
  return JSON.parse(execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' })) as Record<string, unknown>;
}

/**
 * Every text file in a package (scripts, pages, styles, data), with its path.
 * @param zip absolute path of the zip
 */
export function readZipTexts(zip: string): Array<{ path: string; text: string }> {
  return readZipEntries(zip)
    .filter((path) => TEXT_FILE.test(path))
    // -p treats names as patterns; escaping keeps a bracket in a chunk name literal.
    .map((path) => ({ path, text: execFileSync('unzip', ['-p', zip, path.replace(/[[\]*?]/g, '\\$&')], { encoding: 'utf8', maxBuffer: 64 << 20 }) }));
}
