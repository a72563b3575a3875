// Highlighting linked claims by toggling classes on the DOM directly. Hovering must answer
// within a frame, and re-rendering thousands of marked claims through React would not.
const LINKED = 'is-linked';
const SELECTED = 'is-selected';

export class Highlighter {
  private root: HTMLElement | null = null;
  private linked: string | null = null;
  private selected: string | null = null;

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

  /** Lights up every claim of the point; scrolls the other columns to theirs. */
  link(pointId: string | null, origin: Element | null): void {
    if (pointId === this.linked) return;
    this.toggle(this.linked, LINKED, false);
    this.linked = pointId;
    const elements = this.toggle(pointId, LINKED, true);
    const originColumn = origin?.closest('.column-body');
    for (const el of elements) if (el.closest('.column-body') !== originColumn) scrollIntoColumn(el, 'auto');
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
