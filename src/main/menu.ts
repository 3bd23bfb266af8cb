/**
 * The native menus Berkas, Sunting, Tampilan, Bantuan. Commands go to the renderer, which runs
 * the same code for its buttons and shortcuts; clipboard and zoom stay with Electron's roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../core/i18n/lang.ts';
import type { MenuCommand } from '../shared/commands.ts';
import { labels } from './labels.ts';

/** Builds and installs the application menu in `lang`. */
export function installMenu(lang: Lang, send: (command: MenuCommand) => void): void {
  const l = labels(lang);
  const item = (
    label: string,
    command: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        item(l.newProject, 'new-project', 'CmdOrCtrl+N'),
        item(l.openProject, 'open-project', 'CmdOrCtrl+O'),
        item(l.openSample, 'open-sample'),
        { type: 'separator' },
        item(l.save, 'save', 'CmdOrCtrl+S'),
        item(l.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(l.exportWord, 'export-docx'),
        item(l.exportPdf, 'export-pdf'),
        { type: 'separator' },
        item(l.rollup, 'rollup'),
        { type: 'separator' },
        item(l.closeProject, 'close-project', 'CmdOrCtrl+W'),
        { role: 'quit', label: l.quit },
      ],
    },
    {
      label: l.edit,
      submenu: [
        item(l.undo, 'undo', 'CmdOrCtrl+Z'),
        item(l.redo, 'redo', 'CmdOrCtrl+Y'),
        { type: 'separator' },
        { role: 'cut', label: l.cut },
        { role: 'copy', label: l.copy },
        { role: 'paste', label: l.paste },
        { role: 'selectAll', label: l.selectAll },
        { type: 'separator' },
        item(l.bold, 'bold', 'CmdOrCtrl+B'),
        item(l.italic, 'italic', 'CmdOrCtrl+I'),
        item(l.underline, 'underline', 'CmdOrCtrl+U'),
        { type: 'separator' },
        item(l.find, 'find', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.guidance, 'toggle-guidance'),
        { type: 'separator' },
        {
          label: l.languageId,
          type: 'radio',
          checked: lang === 'id',
          click: () => send('language-id'),
        },
        {
          label: l.languageEn,
          type: 'radio',
          checked: lang === 'en',
          click: () => send('language-en'),
        },
        { type: 'separator' },
        { role: 'zoomIn', label: l.zoomIn },
        { role: 'zoomOut', label: l.zoomOut },
        { role: 'resetZoom', label: l.resetZoom },
        { role: 'togglefullscreen', label: l.fullScreen },
      ],
    },
    { label: l.help, submenu: [item(l.about, 'about')] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
