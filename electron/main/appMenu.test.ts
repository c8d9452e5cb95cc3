import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildAppMenuTemplate, HELP_LINKS } from './appMenu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);

describe('buildAppMenuTemplate', () => {
  const opened: string[] = [];
  const input = { appName: 'Liaison Desk', isPackaged: true, openExternal: (url: string) => void opened.push(url) };

  it('has the usual menus on Windows and Linux, with About under Help', () => {
    const template = buildAppMenuTemplate({ ...input, platform: 'linux' });
    expect(template.map((m) => m.role ?? m.label)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(roles(template)).toEqual(expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'about']));
  });

  it('adds the macOS app menu with the standard roles', () => {
    const template = buildAppMenuTemplate({ ...input, platform: 'darwin' });
    expect(template[0]?.label).toBe('Liaison Desk');
    expect(roles([template[0]!])).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
  });

  it('shows DevTools only in unpackaged runs', () => {
    expect(roles(buildAppMenuTemplate({ ...input, platform: 'win32' }))).not.toContain('toggleDevTools');
    expect(roles(buildAppMenuTemplate({ ...input, platform: 'win32', isPackaged: false }))).toContain('toggleDevTools');
  });

  it('opens help links through the given opener', () => {
    const help = buildAppMenuTemplate({ ...input, platform: 'linux' }).at(-1)?.submenu as MenuItemConstructorOptions[];
    const link = help.find((item) => item.label === HELP_LINKS[0]?.label);
    (link?.click as () => void)();
    expect(opened).toEqual([HELP_LINKS[0]?.url]);
  });
});
