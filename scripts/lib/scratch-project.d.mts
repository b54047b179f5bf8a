export const ROOT: string;
export function cleanEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function makeScratchProject(options?: {
  content?: string | Record<string, string>;
  prefix?: string;
  dir?: string;
  /** Start with the project's rendered OG images (hard links into the copy's .astro/cache/og). */
  ogCache?: boolean;
}): string;
export function buildProject(
  dir: string,
  env?: Record<string, string>,
): Promise<{ code: number; output: string; seconds: number }>;
export function removeProject(dir: string): void;
