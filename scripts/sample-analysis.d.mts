import type { Plugin } from 'vite';
export function sampleAnalysis(root?: string): Plugin;
