import type { Plugin } from 'vite';
export function plainStrings(): Plugin;
export function quoted(text: string): string;
export const workerOutput: { minify: { compress: boolean; mangle: boolean; codegen: { asciiOnly: boolean } } };
export function commented(text: string): string | null;
export function asciiJson(json: string): string;
