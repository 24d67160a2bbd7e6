// Developer aid: validates pack JSON files and checks their quotes against ../shared/policies.
// Usage: npx tsx tests/tools/check-pack.ts rules/packs/secondary-school.json [...]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { Pack } from '../../rules/schema';
import { findMissingQuotes } from '../../rules/verify';

const policyDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'policies');
const policies: Record<string, string> = {};
if (existsSync(policyDir)) {
  for (const f of readdirSync(policyDir)) policies[basename(f, '.txt')] = readFileSync(join(policyDir, f), 'utf8');
}
let failed = false;
for (const file of process.argv.slice(2)) {
  const parsed = Pack.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    failed = true;
    console.log(`${file}: INVALID`);
    for (const issue of parsed.error.issues) console.log(`  ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const missing = findMissingQuotes(parsed.data, policies);
  for (const m of missing) console.log(`  ${m.ruleId} [${m.source} ${m.clause}] ${m.reason}: "${m.quote}"`);
  console.log(`${file}: ${parsed.data.rules.length} rules, ${missing.length} missing quotes`);
  if (missing.length) failed = true;
}
process.exit(failed ? 1 : 0);
