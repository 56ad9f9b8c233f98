// @runs: preload
// Exposes exactly the API contract to the sandboxed renderer, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MotCuaBridge, ProgressEvent } from '../api/contract';
import { IPC_INVOKE, IPC_PROGRESS } from './channels';

const bridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE, method, input),
  onProgress: (listener) => {
    const wrapped = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(IPC_PROGRESS, wrapped);
    return () => ipcRenderer.removeListener(IPC_PROGRESS, wrapped);
  },
} satisfies MotCuaBridge;

contextBridge.exposeInMainWorld('motCua', bridge);
