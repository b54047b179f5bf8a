/** Bundler logs the build leaves out. Every MDX page compiles to a module starting with Astro's
 *  `"use astro:head-inject"` directive, and the bundler warns that it may drop it (it is meant to:
 *  Astro reads it before bundling): about 1,200 identical warnings per build that buried real ones.
 *  Only that exact code is silenced; every other warning still prints. */
export const SILENCED_BUILD_WARNINGS: ReadonlySet<string> = new Set(['MODULE_LEVEL_DIRECTIVE']);

interface BuildLog {
  code?: string;
}

/** For Vite's `build.rolldownOptions.onLog`: passes every log on except the silenced warnings. */
export function onBuildLog<L extends BuildLog, Level extends string>(
  level: Level,
  log: L,
  handler: (level: Level, log: L) => void,
): void {
  if (level === 'warn' && log.code && SILENCED_BUILD_WARNINGS.has(log.code)) return;
  handler(level, log);
}
