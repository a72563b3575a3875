// Highlighting linked claims by toggling classes on the DOM directly. Hovering must answer
// within a frame, and re-rendering thousands of marked claims through React would not.
const LINKED = 'is-linked';
const SELECTED = 'is-selected';

export class Highlighter {
  private root: HTMLElement | null = null;
  private linked: string | null = null;
  private selected: string | null = null;
  private pendingScroll: ReturnType<typeof setTimeout> | null = null;

  attach(root: HTMLElement | null): void {
    this.root = root;
    this.reapply();
  }

  /** After the columns re-render, put the classes back on the new elements. */
  reapply(): void {
    const linked = this.linked;
    const selected = this.selected;
    this.linked = this.selected = null;
    this.link(linked, null);
    this.select(selected);
  }

  /**
   * Lights up every claim of the point at once, and scrolls the other columns to theirs after
   * `scrollDelay` ms if the pointer is still there: sweeping the mouse across a column then
   * does not yank the others around, and the highlight itself is never held up by scrolling.
   */
  link(pointId: string | null, origin: Element | null, scrollDelay = 0): void {
    if (pointId === this.linked) return;
    if (this.pendingScroll) clearTimeout(this.pendingScroll);
    this.pendingScroll = null;
    this.toggle(this.linked, LINKED, false);
    this.linked = pointId;
    const elements = this.toggle(pointId, LINKED, true);
    const originColumn = origin?.closest('.column-body');
    const scroll = () => {
      this.pendingScroll = null;
      const targets = elements.filter((el) => el.closest('.column-body') !== originColumn);
      // One column per frame: each scroll lays out and paints text that was out of sight.
      const next = () => {
        const el = targets.shift();
        if (!el || this.linked !== pointId) return;
        if (el.isConnected) scrollIntoColumn(el, 'auto');
        if (targets.length) requestAnimationFrame(next);
      };
      next();
    };
    if (scrollDelay > 0) this.pendingScroll = setTimeout(scroll, scrollDelay);
    else scroll();
  }

  select(pointId: string | null): HTMLElement[] {
    this.toggle(this.selected, SELECTED, false);
    this.selected = pointId;
    this.root?.classList.toggle('has-selection', pointId !== null);
    return this.toggle(pointId, SELECTED, true);
  }

  /** Scrolls each column to its claim for the point (the columns move together by point). */
  scrollTo(pointId: string, behavior: ScrollBehavior = 'smooth'): void {
    for (const el of this.elements(pointId)) scrollIntoColumn(el, behavior);
  }

  elements(pointId: string | null): HTMLElement[] {
    if (!pointId || !this.root) return [];
    return [...this.root.querySelectorAll<HTMLElement>(`.claim[data-point="${CSS.escape(pointId)}"]`)];
  }

  private toggle(pointId: string | null, className: string, on: boolean): HTMLElement[] {
    const elements = this.elements(pointId);
    for (const el of elements) {
      el.classList.toggle(className, on);
      if (className === SELECTED) {
        if (on) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
      }
    }
    return elements;
  }
}

/** Scrolls only the claim's own column (never the page or the row of columns), and only when it is out of sight. */
export function scrollIntoColumn(el: HTMLElement, behavior: ScrollBehavior): void {
  const body = el.closest<HTMLElement>('.column-body');
  if (!body) return;
  const box = body.getBoundingClientRect();
  const rect = el.getBoundingClientRect();
  if (rect.top >= box.top + 8 && rect.bottom <= box.bottom - 8) return;
  const top = body.scrollTop + (rect.top - box.top) - body.clientHeight / 3;
  body.scrollTo({ top: Math.max(0, top), behavior });
}
