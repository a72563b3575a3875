// A button that opens a short list of choices, following the WAI-ARIA menu button pattern:
// Enter, Space or the arrow keys open it with focus on an item, arrows move, Escape closes and
// returns focus to the button, Tab or a click elsewhere closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import '../styles/menu-button.css';

export interface MenuItem {
  key: string;
  label: string;
  onSelect: () => void;
}

interface Props {
  label: string;
  title?: string;
  items: MenuItem[];
  /** Which edge of the button the list lines up with; the top bar's menus sit at the right. */
  align?: 'start' | 'end';
  className?: string;
}

export function MenuButton({ label, title, items, align = 'start', className }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  /** The item to focus once the list is shown: 0 the first, -1 the last. */
  const focusOnOpen = useRef(0);

  const menuItems = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const focusItem = (index: number) => {
    const all = menuItems();
    if (all.length) all[(index + all.length) % all.length].focus();
  };
  const show = (focus: number) => {
    focusOnOpen.current = focus;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(focusOnOpen.current);
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    show(event.key === 'ArrowDown' ? 0 : -1);
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const current = menuItems().indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(current + 1),
      ArrowUp: () => focusItem(current - 1),
      Home: () => focusItem(0),
      End: () => focusItem(-1),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') return setOpen(false);
    const move = moves[event.key];
    if (!move) return;
    // Keep the app's own shortcuts (Escape deselects) from acting on the same key.
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`} ref={root}>
      <button
        ref={button}
        type="button"
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {label}
        <span className="menu-button-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul ref={list} id={menuId} role="menu" aria-label={label} className={`menu-list menu-list--${align}`} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <li key={item.key} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
