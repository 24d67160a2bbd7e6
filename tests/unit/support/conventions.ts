/**
 * The network module convention, as a pure check: every network module with readers (utils/sites/<id>/) has
 * at least one fixture page tests/fixtures/sites/<id>-<page>.html whose comment names the public
 * facts its markup rests on, and an end-to-end test tests/e2e/sites/<id>.spec.ts.
 */
export interface Tree {
  /** Modules with a contact reader: each needs tests/e2e/sites/<id>.spec.ts. */
  adapters: string[];
  /** Modules with a compose reader: each needs tests/e2e/sites/<id>-compose.spec.ts. */
  composers?: string[];
  /** Modules with an own-profile reader: each needs tests/fixtures/sites/<id>-own-profile.html and tests/e2e/sites/<id>-profile.spec.ts. */
  profiles?: string[];
  fixtures: Record<string, string>;
  e2eTests: string[];
}

export function adapterConventionGaps(tree: Tree): string[] {
  const gaps: string[] = [];
  const composers = tree.composers ?? [];
  const profiles = tree.profiles ?? [];
  for (const id of profiles) {
    if (!(`${id}-own-profile.html` in tree.fixtures)) gaps.push(`profile reader "${id}" has no fixture page tests/fixtures/sites/${id}-own-profile.html`);
    if (!tree.e2eTests.includes(`${id}-profile.spec.ts`)) gaps.push(`profile reader "${id}" has no end-to-end test tests/e2e/sites/${id}-profile.spec.ts`);
  }
  for (const id of [...new Set([...tree.adapters, ...composers])]) {
    const pages = Object.keys(tree.fixtures).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.html'));
    if (pages.length === 0) gaps.push(`adapter "${id}" has no fixture page tests/fixtures/sites/${id}-<page>.html`);
    if (tree.adapters.includes(id) && !tree.e2eTests.includes(`${id}.spec.ts`)) gaps.push(`adapter "${id}" has no end-to-end test tests/e2e/sites/${id}.spec.ts`);
    if (composers.includes(id) && !tree.e2eTests.includes(`${id}-compose.spec.ts`)) gaps.push(`compose reader "${id}" has no end-to-end test tests/e2e/sites/${id}-compose.spec.ts`);
  }
  for (const [file, html] of Object.entries(tree.fixtures)) {
    const owner = [...tree.adapters, ...composers, ...profiles].find((id) => file.startsWith(`${id}-`));
    if (!owner) gaps.push(`fixture page ${file} belongs to no adapter (name it <network>-<page>.html)`);
    if (!/<!--\s*Evidence:/i.test(html)) gaps.push(`fixture page ${file} has no <!-- Evidence: … --> comment naming the public facts it rests on`);
  }
  return gaps;
}
