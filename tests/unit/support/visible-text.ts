import ts from 'typescript';

/** Attributes whose words a person sees or hears. */
const SPOKEN = new Set(['aria-label', 'alt', 'title', 'placeholder', 'aria-description']);

/**
 * Words in a component's JSX that come from a string in the code rather than from `_locales`: text
 * between tags, and spoken attributes given a literal. `allowed` holds what is not words to translate
 * (the product's own name).
 */
export function hardCodedText(fileName: string, source: string, allowed: readonly string[] = []): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      const text = node.text.replace(/\s+/g, ' ').trim();
      if (/[A-Za-z]/.test(text) && !allowed.includes(text)) found.push(text);
    }
    if (ts.isJsxAttribute(node) && SPOKEN.has(node.name.getText(file)) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (/[A-Za-z]/.test(node.initializer.text)) found.push(`${node.name.getText(file)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
