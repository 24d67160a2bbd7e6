const FOCUSABLE = 'button, textarea, input, select, summary, [href]';

/** Whether Tab stops on this element: a radio only when it is its group's checked one, or the first of a group with none checked. */
function isTabStop(el: HTMLElement, root: HTMLElement): boolean {
  if (el.hasAttribute('disabled')) return false;
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
  const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name);
  const checked = group.find((r) => r.checked);
  return checked ? checked === el : group[0] === el;
}

/**
 * Keeps Tab and Shift+Tab inside a modal dialog in a frame. A native modal dialog makes the rest of
 * its own document inert, but Tab past its last control would leave the frame for the page behind.
 */
export function keepTabInside(event: KeyboardEvent, root: HTMLElement | null): void {
  if (event.key !== 'Tab' || !root) return;
  const stops = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => isTabStop(el, root));
  if (stops.length === 0) return;
  const first = stops[0]!;
  const last = stops.at(-1)!;
  const active = root.ownerDocument.activeElement;
  // Focus on the dialog's title (where it starts) or anywhere outside the stops counts as the edge.
  const inside = stops.includes(active as HTMLElement);
  if (event.shiftKey && (active === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
