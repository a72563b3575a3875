import type { Plugin } from 'vite';
export function devCsp(): Plugin;
