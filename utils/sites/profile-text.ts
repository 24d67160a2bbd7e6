import type { ProfileField, ProfileFieldName } from '@/utils/profile/audit';

/**
 * Visible text of an element with emoji images read as their alt text (X, Facebook and Instagram draw
 * emoji as <img alt="🍎">), whitespace collapsed. Empty for a missing element.
 */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const element = node as Element;
      if (element.tagName === 'IMG') out += element.getAttribute('alt') ?? '';
      else if (element.tagName !== 'SCRIPT' && element.tagName !== 'STYLE' && element.getAttribute('aria-hidden') !== 'true') for (const child of element.childNodes) walk(child);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The current value of a form control (what the person has typed so far), or ''. */
export function valueOf(root: ParentNode, selector: string): string {
  const control = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!control) return '';
  return 'value' in control ? control.value : visibleText(control);
}

/** Fields with text, in order; empty ones are left out. */
export function fieldsOf(entries: readonly (readonly [ProfileFieldName, string])[]): ProfileField[] {
  return entries.filter(([, text]) => text.trim()).map(([field, text]) => ({ field, text: text.trim() }));
}
