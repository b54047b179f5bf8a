export const ROOT: string;
export function cleanEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function makeScratchProject(options?: {
  content?: string | Record<string, string>;
  prefix?: string;
  dir?: string;
}): string;
export function buildProject(
  dir: string,
  env?: Record<string, string>,
): Promise<{ code: number; output: string; seconds: number }>;
export function removeProject(dir: string): void;
