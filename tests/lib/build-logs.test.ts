import { describe, expect, it } from 'vitest';
import { onBuildLog } from '../../src/lib/build-logs';

describe('build logs', () => {
  const passed = (level: string, code?: string) => {
    const seen: string[] = [];
    onBuildLog(level, { code, message: 'x' }, (l, log) => seen.push(`${l} ${log.code}`));
    return seen;
  };

  it('drops the module-level directive warning every MDX page causes', () => {
    expect(passed('warn', 'MODULE_LEVEL_DIRECTIVE')).toEqual([]);
  });

  it('passes every other warning and log on, so real problems stand out', () => {
    expect(passed('warn', 'CIRCULAR_DEPENDENCY')).toEqual(['warn CIRCULAR_DEPENDENCY']);
    expect(passed('warn')).toEqual(['warn undefined']);
    expect(passed('info', 'MODULE_LEVEL_DIRECTIVE')).toEqual(['info MODULE_LEVEL_DIRECTIVE']);
  });
});
