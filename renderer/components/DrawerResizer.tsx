// The drawer's left edge: drag it, or focus it and use the arrow keys, to change the width.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export const DRAWER_MIN = 280;
export const DRAWER_MAX = 760;
const clamp = (width: number) => Math.round(Math.min(DRAWER_MAX, Math.max(DRAWER_MIN, width)));

export function DrawerResizer({ width, onWidth }: { width: number; onWidth: (width: number) => void }) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const down = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = { x: event.clientX, width };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onWidth(clamp(drag.current.width + drag.current.x - event.clientX));
  };
  const up = () => {
    drag.current = null;
  };
  const key = (event: KeyboardEvent) => {
    const by = event.key === 'ArrowLeft' ? 24 : event.key === 'ArrowRight' ? -24 : 0;
    if (!by) return;
    event.preventDefault();
    onWidth(clamp(width + by));
  };
  return (
    <div
      className="drawer-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the details panel"
      aria-valuemin={DRAWER_MIN}
      aria-valuemax={DRAWER_MAX}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
    />
  );
}
