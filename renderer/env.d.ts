/// <reference types="vite/client" />
import type { PreloadApi } from '../shared/ipc-contract';

declare global {
  interface Window {
    /** Present only inside Electron, exposed by main/preload.ts. */
    parallax?: PreloadApi;
  }
}
