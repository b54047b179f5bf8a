import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** The one file that mocks a module (vi.mock('pagefind')): it runs in a fresh module graph of its own. */
const MOCKING = ['tests/integrations/pagefind.test.ts'];

export default defineConfig({
  // The import alias of tsconfig.json (`@/` is `src/`), which Astro reads itself.
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser tests each start Chromium; two cores, so keep files from piling up.
    maxWorkers: 2,
    projects: [
      {
        // Test files share a worker and its loaded modules (Astro, Playwright, the site's own), instead
        // of a fresh process per file (~1.3 s each, ~70 files). None of them changes shared state.
        test: {
          name: 'pooled',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...MOCKING],
          isolate: false,
        },
      },
      // (Project arrays add to the root's, so neither project inherits an include from it.)
      { test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
