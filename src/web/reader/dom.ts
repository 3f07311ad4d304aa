// Scrolling to, flashing and selecting runs of the text by mark key or offset, on the DOM directly.

const runsOf = (root: HTMLElement, key: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(`[data-keys~="${CSS.escape(key)}"]`)];

/** The run that contains an offset (the text keeps a run starting at each anchor offset). */
export function runAt(root: HTMLElement, offset: number): HTMLElement | null {
  let best: HTMLElement | null = null;
  for (const el of root.querySelectorAll<HTMLElement>('[data-o]')) {
    if (Number(el.dataset.o) <= offset) best = el;
    else break;
  }
  return best;
}

export function scrollToKey(root: HTMLElement, key: string, smooth = true): boolean {
  const els = runsOf(root, key);
  if (els.length === 0) return false;
  els[0].scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  flash(els);
  return true;
}

export function scrollToOffset(root: HTMLElement, offset: number, smooth = true): void {
  const el = runAt(root, offset);
  el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
}

export function flash(els: HTMLElement[]): void {
  for (const el of els) {
    el.classList.remove('flash');
    // Restart the animation.
    void el.offsetWidth;
    el.classList.add('flash');
  }
  window.setTimeout(() => els.forEach((el) => el.classList.remove('flash')), 1600);
}

export const flashKey = (root: HTMLElement, key: string): void => flash(runsOf(root, key));

/** Outlines the selected mark's runs (and only those). */
export function select(root: HTMLElement, key: string | null): void {
  root.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
  if (key) runsOf(root, key).forEach((el) => el.classList.add('selected'));
}
