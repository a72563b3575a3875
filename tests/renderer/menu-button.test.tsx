// @vitest-environment happy-dom
// The menu button: opens on click or arrow keys with focus on an item, moves with the arrows,
// closes on Escape (focus back on the button), on a choice, or on a click elsewhere.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MenuButton } from '../../renderer/components/MenuButton';

afterEach(cleanup);

function renderMenu() {
  const chosen = vi.fn();
  const items = ['Alpha case', 'Beta case', 'Gamma case'].map((label) => ({ key: label, label, onSelect: () => chosen(label) }));
  render(
    <>
      <MenuButton label="Samples" items={items} />
      <p>Elsewhere</p>
    </>,
  );
  return { chosen, button: screen.getByRole('button', { name: 'Samples' }) };
}

describe('<MenuButton>', () => {
  it('opens on click with focus on the first item and runs the chosen one', () => {
    const { chosen, button } = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: 'Samples' }).id).toBe(button.getAttribute('aria-controls'));
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Alpha case' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Beta case' }));
    expect(chosen).toHaveBeenCalledWith('Beta case');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('is worked from the keyboard: arrows open and move (wrapping), Escape closes', () => {
    const { button } = renderMenu();
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement?.textContent).toBe('Gamma case');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toBe('Alpha case');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement?.textContent).toBe('Gamma case');
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    const reachedDocument = vi.fn();
    document.addEventListener('keydown', reachedDocument);
    act(() => void document.activeElement!.dispatchEvent(escape));
    document.removeEventListener('keydown', reachedDocument);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // The app's own Escape shortcut (deselect) must not also fire.
    expect(reachedDocument).not.toHaveBeenCalled();
  });

  it('closes when the pointer goes down elsewhere', () => {
    const { button } = renderMenu();
    fireEvent.click(button);
    fireEvent.pointerDown(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
