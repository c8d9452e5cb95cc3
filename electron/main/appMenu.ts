// The application menu: the platform's usual roles and shortcuts (macOS app menu, Edit, View, Window,
// Help). Developer tools appear only in unpackaged runs; help links go through the external allow-list.
import type { MenuItemConstructorOptions } from 'electron';

export const HELP_LINKS: readonly { label: string; url: string }[] = [
  { label: 'ICS Forms (FEMA)', url: 'https://training.fema.gov/icsresource/icsforms.aspx' },
];

export type AppMenuInput = {
  platform: NodeJS.Platform;
  appName: string;
  isPackaged: boolean;
  openExternal: (url: string) => void;
};

export const buildAppMenuTemplate = ({ platform, appName, isPackaged, openExternal }: AppMenuInput): MenuItemConstructorOptions[] => {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...appMenu,
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        ...HELP_LINKS.map((link) => ({ label: link.label, click: () => openExternal(link.url) })),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
};
