import { tokeniseText, type TextToken } from '@/utils/roster/normalise';

/**
 * A phrase list compiled to a trie over normalised words, so finding every listed phrase in a text
 * costs one walk per word, bounded by the longest phrase: linear in the text whatever the list holds.
 * A phrase word ending in `*` matches any word that starts with it ("micromanag*").
 */
export interface PhraseMatcher<T> {
  find(tokens: readonly TextToken[]): PhraseHit<T>[];
}

/** One phrase found: token indexes (end exclusive) and the data the phrase was listed with. */
export interface PhraseHit<T> {
  from: number;
  to: number;
  data: T;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  prefixes: [string, Node<T>][];
  data?: T;
}

const node = <T>(): Node<T> => ({ next: new Map(), prefixes: [] });

/** Compiles phrases (written as a person would, "parents' evening") into a matcher. Later duplicates win. */
export function compilePhrases<T>(entries: Iterable<readonly [phrase: string, data: T]>): PhraseMatcher<T> {
  const root = node<T>();
  let longest = 0;
  for (const [phrase, data] of entries) {
    const words = phrase
      .trim()
      .split(/\s+/)
      .flatMap((w) => (w.endsWith('*') ? [`${tokeniseText(w.slice(0, -1)).map((t) => t.norm).join('')}*`] : tokeniseText(w).map((t) => t.norm)));
    if (words.length === 0) continue;
    let at = root;
    for (const w of words) {
      if (w.endsWith('*')) {
        const stem = w.slice(0, -1);
        let child = at.prefixes.find(([p]) => p === stem)?.[1];
        if (!child) at.prefixes.push([stem, (child = node<T>())]);
        at = child;
      } else {
        let child = at.next.get(w);
        if (!child) at.next.set(w, (child = node<T>()));
        at = child;
      }
    }
    at.data = data;
    longest = Math.max(longest, words.length);
  }
  return {
    find(tokens) {
      const hits: PhraseHit<T>[] = [];
      // Follows the exact branch in a loop and any prefix branch by recursion, with index loops only:
      // this runs for every word of every text, so it allocates nothing but the hits.
      const walk = (from: Node<T>, i: number, start: number): void => {
        let at = from;
        for (let j = start; j < tokens.length && j - i < longest; j++) {
          const word = tokens[j]!.norm;
          const prefixes = at.prefixes;
          for (let k = 0; k < prefixes.length; k++) {
            const entry = prefixes[k]!;
            if (!word.startsWith(entry[0])) continue;
            if (entry[1].data !== undefined) hits.push({ from: i, to: j + 1, data: entry[1].data });
            walk(entry[1], i, j + 1);
          }
          const exact = at.next.get(word);
          if (exact === undefined) return;
          if (exact.data !== undefined) hits.push({ from: i, to: j + 1, data: exact.data });
          at = exact;
        }
      };
      for (let i = 0; i < tokens.length; i++) walk(root, i, i);
      return hits;
    },
  };
}

/** Sentence spans of a text (split at . ! ? ; and line breaks), as [start, end) offsets. */
export function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A full stop inside a number or a web address ("2.5", "sch.uk") does not end a sentence.
    const stop = c === 10 || c === 33 || c === 63 || c === 59 || (c === 46 && !(i + 1 < text.length && /\w/.test(text[i + 1]!)));
    if (stop) {
      if (i > start) spans.push([start, i]);
      start = i + 1;
    }
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
