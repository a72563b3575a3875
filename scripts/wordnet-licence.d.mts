import type { Plugin } from 'vite';
export function wordnetLicence(): Plugin;
