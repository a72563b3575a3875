// File > Open sample lists every bundled sample and opens the one chosen.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../main/menu';

const samples = [
  { id: 'first-case', title: 'The first case' },
  { id: 'second-case', title: 'The second case' },
];

function openSampleMenu(send = vi.fn()) {
  const template = buildMenuTemplate({ isMac: false, recent: [], samples, send });
  const file = template.find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
  return { item: file.find((i) => i.label === 'Open sample')!, send };
}

describe('File > Open sample', () => {
  it('is a submenu with one item per sample, by title', () => {
    const { item } = openSampleMenu();
    expect((item.submenu as MenuItemConstructorOptions[]).map((i) => i.label)).toEqual(['The first case', 'The second case']);
  });

  it('asks the renderer to open the chosen sample by its folder name', () => {
    const { item, send } = openSampleMenu();
    const second = (item.submenu as MenuItemConstructorOptions[])[1];
    (second.click as () => void)();
    expect(send).toHaveBeenCalledWith({ type: 'open-sample', id: 'second-case' });
  });
});

describe('File > New case from an article', () => {
  it('asks the renderer to open the article dialog', () => {
    const send = vi.fn();
    const file = buildMenuTemplate({ isMac: false, recent: [], samples, send }).find((m) => m.label === '&File')!.submenu as MenuItemConstructorOptions[];
    const item = file.find((i) => i.label === 'New case from an article…')!;
    (item.click as () => void)();
    expect(send).toHaveBeenCalledWith({ type: 'new-case-from-article' });
  });
});
