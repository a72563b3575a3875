// The Host inside Electron: every call goes through the preload's typed `window.parallax`.
import type { PreloadApi } from '../../shared/ipc-contract';
import type { Host } from './host';

export function createElectronHost(api: PreloadApi): Host {
  return {
    kind: 'electron',
    openCase: () => api.invoke('case:open'),
    openRecent: (path) => api.invoke('case:open-recent', { path }),
    recentCases: () => api.invoke('case:recent'),
    saveCase: (document, path, saveAs) => api.invoke('case:save', { document, path, saveAs }),
    pickSourceFiles: () => api.invoke('sources:pick'),
    exportFile: (suggestedName, content) => api.invoke('export:save', { suggestedName, content }),
    exportPdf: (suggestedName, html) => api.invoke('export:pdf', { suggestedName, html }),
    autosave: (document, path) => api.invoke('autosave:write', { document, path }),
    clearAutosave: () => api.invoke('autosave:clear'),
    recoverAutosave: () => api.invoke('autosave:recover'),
    saveStudentWork: (work, suggestedName) => api.invoke('student:save', { work, suggestedName }),
    openStudentWork: () => api.invoke('student:open'),
    setWindowState: (title, dirty) => void api.invoke('window:state', { title, dirty }).catch(() => undefined),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
