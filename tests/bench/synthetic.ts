// Deterministic synthetic rosters and texts for benchmarks: the same seed gives the same data.
import { NAME_GROUPS } from '../../utils/roster/diminutives';
import type { RosterEntry, RosterRole } from '../../utils/roster/types';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAME_ROOTS = [
  'smith', 'jones', 'taylor', 'brown', 'williams', 'wilson', 'johnson', 'davies', 'robinson', 'wright', 'thompson', 'evans',
  'walker', 'white', 'roberts', 'green', 'hall', 'wood', 'jackson', 'clarke', 'patel', 'khan', 'begum', 'singh', 'okafor',
  'mensah', 'nowak', 'kowalski', 'wojcik', 'obrien', 'murphy', 'kelly', 'campbell', 'stewart', 'macdonald', 'nguyen', 'wong',
  'li', 'chen', 'hughes', 'edwards', 'baker', 'hill', 'moore', 'cooper', 'ward', 'morris', 'king', 'harris', 'lewis',
];
const SUFFIXES = ['', 'son', 'ley', 'ton', 'well', 'ford', 'field', 'worth', 'by', 'ham', 'stone', 'er', 'man', 'land'];
const FIRSTS = NAME_GROUPS.map((g) => g[0]!).concat(['aisha', 'priya', 'chidi', 'niamh', 'siobhan', 'lukasz', 'zofia', 'yusuf', 'amara', 'kwame']);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A roster of `size` people: about 70% pupils, 5% former pupils, 20% parents, 5% staff. */
export function syntheticRoster(size: number, seed = 1): RosterEntry[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const entries: RosterEntry[] = [];
  for (let id = 0; id < size; id++) {
    const x = r();
    const role: RosterRole = x < 0.7 ? 'pupil' : x < 0.75 ? 'former_pupil' : x < 0.95 ? 'parent' : 'staff';
    const group = pick(NAME_GROUPS);
    const first = r() < 0.5 ? group[0]! : pick(FIRSTS);
    const entry: RosterEntry = {
      id,
      firstName: cap(first),
      lastName: cap(pick(SURNAME_ROOTS) + pick(SUFFIXES)),
      role,
      handles: r() < 0.2 ? [`${first}.${id}`] : [],
    };
    if (r() < 0.2 && group.length > 1) entry.preferredName = cap(group[1]!);
    if (role === 'pupil') entry.yearGroup = `Year ${1 + Math.floor(r() * 13)}`;
    if (role === 'former_pupil') entry.turns19On = `20${27 + Math.floor(r() * 3)}-0${1 + Math.floor(r() * 9)}-15`;
    entries.push(entry);
  }
  return entries;
}

const WORDS = (
  'the a and of to in is was for on that with as at by it this from be are have had not but what all were when we there can ' +
  'an your which their said if do will each about how up out them then she many some so these would other into has more her ' +
  'two like him see time could no make than first been its who now people my made over did down only way find use may water ' +
  'long little very after words called just where most know get through back much before go good new write our used me man ' +
  'day too any same right look think also around another came come work three word must because does part even place well ' +
  'trip museum lovely weather football match brilliant year term week homework parents evening school garden green hill wood ' +
  'baker grace rose hunter mark will bill jack frank hope joy'
).split(' ');

/** About `chars` characters of ordinary prose, with `names` roster names placed in it. */
export function syntheticText(chars: number, roster: readonly RosterEntry[], names: number, seed = 2): string {
  const r = rng(seed);
  const out: string[] = [];
  let length = 0;
  const every = Math.max(1, Math.floor(chars / 6 / (names + 1)));
  let n = 0;
  while (length < chars) {
    n += 1;
    let w = WORDS[Math.floor(r() * WORDS.length)]!;
    if (names > 0 && n % every === 0) {
      const e = roster[Math.floor(r() * roster.length)]!;
      w = `${e.firstName} ${e.lastName}`;
      names -= 1;
    }
    if (r() < 0.08) w += '.';
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ').slice(0, chars);
}

/** The roster as a canonical CSV file, for end-to-end import figures. */
export function rosterCsv(entries: readonly RosterEntry[]): string {
  const rows = entries.map((e) =>
    [e.firstName, e.lastName, e.preferredName ?? '', e.role, e.yearGroup ?? '', e.role === 'former_pupil' ? '2010-03-01' : '', e.role === 'former_pupil' ? '2026-07-20' : '', e.handles.join(';')].join(','),
  );
  return `first_name,last_name,preferred_name,role,year_group,date_of_birth,left_on,handles\n${rows.join('\n')}\n`;
}
