// Writes public/managed_schema.json from the settings schema. Run after changing utils/config/schema.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildManagedSchema } from '../../utils/config/managed-schema';

const target = join(import.meta.dirname, '..', '..', 'public', 'managed_schema.json');
writeFileSync(target, `${JSON.stringify(buildManagedSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
