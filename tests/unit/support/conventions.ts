/**
 * The network module convention, as a pure check: every network module with readers (utils/sites/<id>/) has
 * at least one fixture page tests/fixtures/sites/<id>-<page>.html whose comment names the public
 * facts its markup rests on, and an end-to-end test tests/e2e/sites/<id>.spec.ts.
 */
export interface Tree {
  adapters: string[];
  fixtures: Record<string, string>;
  e2eTests: string[];
}

export function adapterConventionGaps(tree: Tree): string[] {
  const gaps: string[] = [];
  for (const id of tree.adapters) {
    const pages = Object.keys(tree.fixtures).filter((f) => f.startsWith(`${id}-`) && f.endsWith('.html'));
    if (pages.length === 0) gaps.push(`adapter "${id}" has no fixture page tests/fixtures/sites/${id}-<page>.html`);
    if (!tree.e2eTests.includes(`${id}.spec.ts`)) gaps.push(`adapter "${id}" has no end-to-end test tests/e2e/sites/${id}.spec.ts`);
  }
  for (const [file, html] of Object.entries(tree.fixtures)) {
    const owner = tree.adapters.find((id) => file.startsWith(`${id}-`));
    if (!owner) gaps.push(`fixture page ${file} belongs to no adapter (name it <network>-<page>.html)`);
    if (!/<!--\s*Evidence:/i.test(html)) gaps.push(`fixture page ${file} has no <!-- Evidence: … --> comment naming the public facts it rests on`);
  }
  return gaps;
}
