import type { Server } from 'node:http';
export function createStaticServer(options: { root: string; base?: string }): Server;
export function startStaticServer(options: {
  root: string;
  base?: string;
  port?: number;
}): Promise<{ origin: string; url: string; close: () => Promise<void> }>;
export function safeLocation(target: string): string;
