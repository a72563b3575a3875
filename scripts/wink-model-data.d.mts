import type { Plugin } from 'vite';
export const MODEL_ID: string;
export function modelModule(model: unknown): string;
export function winkModelData(): Plugin;
export function exceptionsModule(table: object): string;
