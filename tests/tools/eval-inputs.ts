// The roster, settings and date an evaluation or a training run reads, checked as the eval contract says.
import { readFileSync } from 'node:fs';
import { resolveSettings } from '../../utils/config/merge';
import { todayIn } from '../../utils/roster/active';
import { compileSchoolIdentity } from '../../utils/detect/school-identity';
import type { DetectorInputs } from '../../utils/detect/analyse';
import { isRejected, parseRosterBytes } from '../../utils/roster/parse';
import { buildRosterIndex } from '../../utils/roster/roster-index';

/** Reads the files or exits with a plain message (status 2), as a command-line tool should. */
export function evalInputs(rosterFile: string, settingsFile: string | undefined, today: string | undefined): DetectorInputs & { index: NonNullable<DetectorInputs['roster']> } {
  if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--today must be a date written YYYY-MM-DD, not "${today}"`);
  let layer: unknown = {};
  if (settingsFile) {
    try {
      layer = JSON.parse(readFileSync(settingsFile, 'utf8'));
    } catch (e) {
      fail(`settings file ${settingsFile} could not be read: ${(e as Error).message}`);
    }
  }
  const { settings, problems } = resolveSettings({}, layer);
  if (problems.length) fail(`settings file problems: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  const day = today ?? todayIn(settings.workingHours.timeZone);
  const parsed = parseRosterBytes(new Uint8Array(readFileSync(rosterFile)), { today: day, fileName: rosterFile });
  if (isRejected(parsed)) fail(`roster rejected: ${parsed.reason}`);
  const index = buildRosterIndex(parsed.entries.map((e, id) => ({ ...e, id })));
  return { roster: index, index, school: compileSchoolIdentity(settings), today: day };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
