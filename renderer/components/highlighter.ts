// Highlighting linked claims by toggling classes on the DOM directly. Hovering must answer
// within a frame, and re-rendering thousands of marked claims through React would not.
// A long column draws only the claims near its visible part (use-prose-window.ts): before
// scrolling to a point, the highlighter asks the columns for its claims and waits for them.
const LINKED = 'is-linked';
const SELECTED = 'is-selected';

/** Draws the claims of these points if they are not yet; true when they already are. */
export type Revealer = (pointIds: string[]) => boolean;

export class Highlighter {
  private root: HTMLElement | null = null;
  private linked: string | null = null;
  private selected: string | null = null;
  private pendingScroll: ReturnType<typeof setTimeout> | null = null;
  private readonly revealers = new Set<Revealer>();
  private waiting: { pointId: string; run: () => void }[] = [];

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
    this.toggle(pointId, LINKED, true);
    const originColumn = origin?.closest('.column-body');
    const scroll = () => {
      this.pendingScroll = null;
      if (!pointId) return;
      this.whenShown(pointId, () => {
        if (this.linked !== pointId) return;
        const targets = this.elements(pointId).filter((el) => el.closest('.column-body') !== originColumn);
        // One column per frame: each scroll lays out and paints text that was out of sight.
        const next = () => {
          const el = targets.shift();
          if (!el || this.linked !== pointId) return;
          if (el.isConnected) scrollIntoColumn(el, 'auto');
          if (targets.length) requestAnimationFrame(next);
        };
        next();
      });
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
    this.whenShown(pointId, () => {
      for (const el of this.elements(pointId)) scrollIntoColumn(el, behavior);
    });
  }

  /** A long column registers how to draw a point's claims; returns the unregister function. */
  register(revealer: Revealer): () => void {
    this.revealers.add(revealer);
    return () => this.revealers.delete(revealer);
  }

  /**
   * Runs `action` once every claim of the point is drawn: at once, or when the columns that had
   * to draw them report it (shown). An action waiting for another point is dropped.
   */
  whenShown(pointId: string, action: () => void): void {
    this.waiting = this.waiting.filter((w) => w.pointId === pointId);
    if (this.reveal(pointId)) action();
    else this.waiting.push({ pointId, run: action });
  }

  /** Columns drew more claims: mark them, then do what waited for them. */
  shown(): void {
    this.toggle(this.linked, LINKED, true);
    this.toggle(this.selected, SELECTED, true);
    const waiting = this.waiting;
    this.waiting = [];
    for (const w of waiting) {
      if (this.reveal(w.pointId)) w.run();
      else this.waiting.push(w);
    }
  }

  /** Asks every column for the point's claims, keeping those of the selected and linked points. */
  private reveal(pointId: string): boolean {
    const wanted = [...new Set([pointId, this.selected, this.linked])].filter((id): id is string => id !== null);
    let ready = true;
    for (const revealer of this.revealers) ready = revealer(wanted) && ready;
    return ready;
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
