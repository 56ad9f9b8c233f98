// @runs: electron
// Electron entry point: thin glue around createServices() and the dispatcher.
import { app, BrowserWindow, dialog, ipcMain, Menu, safeStorage } from 'electron';
import { join } from 'node:path';
import { AppHost } from '../backup/host';
import { startBackupScheduler } from '../backup/scheduler';
import { startMaintenance } from '../db/maintenance';
import { startOutboxScheduler } from '../end-of-day/scheduler';
import { keychainSealer } from '../hub/credentials';
import { startHubScheduler } from '../hub/scheduler';
import { dataDirOverride } from '../services/data-dir';
import { useBundledWorkers } from '../services/workers';
import { backupWords } from '../shared/vi/backup';
import { errorMessages } from '../shared/vi/errors';
import { IPC_INVOKE, IPC_PROGRESS } from './channels';
import { hardenSession } from './security';
import { loadWindowState, saveWindowState } from './window-state';

let mainWindow: BrowserWindow | null = null;

/** The one window. Its security settings are written here, literally, where an auditor (and electronegativity) reads them. */
function createWindow(dataDir: string): BrowserWindow {
  const saved = loadWindowState(dataDir);
  const window = new BrowserWindow({
    width: saved?.width ?? 1366,
    height: saved?.height ?? 860,
    ...(saved ? { x: saved.x, y: saved.y } : {}),
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Một Cửa Desk',
    autoHideMenuBar: true,
    webPreferences: {
      // The preload was reviewed (it exposes only invoke and onProgress): docs/SECURITY.md, item 20.
      preload: join(__dirname, '../preload/index.js'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open or follow anything.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(dataDir, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  // electron-vite's dev server, in development only: a packaged app loads nothing but its own files.
  const devServer = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(join(__dirname, '../renderer/index.html'));
  return window;
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const override = dataDirOverride(process.argv, process.env);
  if (override) app.setPath('userData', override);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    hardenSession();
    // No menu: its accelerators (Alt, F5, Ctrl+R…) would steal the counter's function keys.
    Menu.setApplicationMenu(null);
    // Worker-thread entries (the start-up check) are bundled beside this file.
    useBundledWorkers(__dirname);
    // The host checks the database first and may start in recovery mode; a restore swaps its services in place.
    const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : undefined;
    // The hub's credentials go to the OS keychain where there is one (else the data folder's key file).
    const sealer = safeStorage.isEncryptionAvailable() ? { sealer: keychainSealer(safeStorage) } : {};
    const host = AppHost.open({ dataDir: app.getPath('userData'), ...(resourcesDir ? { resourcesDir } : {}), ...sealer });
    // Not damage (that is recovery mode) but a database this version cannot open: say so and stop.
    host.ready.catch((error: unknown) => {
      dialog.showErrorBox(backupWords.startupCheck.failed, error instanceof Error ? error.message : String(error));
      app.quit();
    });
    const scheduler = startBackupScheduler(() => host.current);
    const outbox = startOutboxScheduler(() => host.current);
    const hubSync = startHubScheduler(() => host.current);
    const maintenance = startMaintenance(() => host.current);
    ipcMain.handle(IPC_INVOKE, (event, method: unknown, input: unknown) => {
      // Only our own window's top frame may call the API.
      if (!mainWindow || event.sender !== mainWindow.webContents || event.senderFrame !== mainWindow.webContents.mainFrame) {
        return { ok: false, error: { code: 'FOREIGN_CALLER', message: errorMessages.FOREIGN_CALLER } };
      }
      return host.dispatch(method, input);
    });
    mainWindow = createWindow(host.dataDir);
    host.progress.subscribe((progress) => mainWindow?.webContents.send(IPC_PROGRESS, progress));
    app.on('window-all-closed', () => {
      scheduler.stop();
      outbox.stop();
      hubSync.stop();
      maintenance.stop();
      host.close();
      app.quit();
    });
  });
}

start();
