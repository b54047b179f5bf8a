/** Builds the site from a scratch copy of the project (scripts/lib/scratch-project.mjs), with extra
 *  environment and optional content changes. */
import path from 'node:path';
import { buildProject, makeScratchProject, removeProject } from '../../scripts/lib/scratch-project.mjs';

export interface ScratchBuild {
  dir: string;
  dist: string;
  code: number;
  output: string;
  remove: () => void;
}

export async function scratchBuild(
  options: {
    env?: Record<string, string>;
    /** Default: the project's content/. A folder to use instead, or just these files (relative to content/). */
    content?: string | Record<string, string>;
    /** Called with the scratch project dir before building, to change content. */
    prepare?: (dir: string) => void;
  } = {},
): Promise<ScratchBuild> {
  const dir = makeScratchProject({ content: options.content, ogCache: true });
  options.prepare?.(dir);
  const { code, output } = await buildProject(dir, options.env);
  return { dir, dist: path.join(dir, 'dist'), code, output, remove: () => removeProject(dir) };
}
