// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkSafeContent } from './src/plugins/remark-safe-content.ts';
import { remarkPageText } from './src/plugins/remark-page-text.ts';
import { remarkContentLocale } from './src/plugins/remark-content-locale.ts';
import { rehypeContentLinks } from './src/plugins/rehype-content-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { offlineSize } from './src/integrations/offline-size.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { onBuildLog } from './src/lib/build-logs.ts';
import { tinyPreloadHelper } from './src/integrations/tiny-preload-helper.ts';
import { CACHE_DIR, config } from './src/config.ts';

// Deploy settings (origin, sub-path) come from the environment through one typed module.
const { site, base } = config;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // In the project, not in node_modules: scratch builds (tests, benchmarks) symlink node_modules and
  // must not share a content cache with each other or with the real site.
  cacheDir: CACHE_DIR,
  output: 'static',
  experimental: {
    // A rebuild copies each path whose route code and `cacheKey` (src/lib/collections.ts
    // `loadContentKey`, the OG image's input) are unchanged, instead of rendering it again.
    incrementalBuild: true,
  },
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkSafeContent, remarkHeadingIds, remarkPageText, remarkContentLocale],
      rehypePlugins: [[rehypeContentLinks, { base }]],
      smartypants: false,
    }),
  },
  integrations: [
    // First: a misplaced content file, a bad slug or an impossible date stops the build here.
    contentCheck(),
    mdx(),
    sitemap({
      filter: sitemapFilter('./content', base),
      // zh-CN pages have no prefix; English pages live under /en/, Traditional Chinese under /zh-hant/.
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en', 'zh-hant': 'zh-Hant' } },
    }),
    pagefindIndex(),
    offlineSize(),
    serviceWorker(),
    // Last: it hashes the inline scripts of the finished HTML.
    securityHeaders(),
  ],
  // Scripts stay in cached files instead of being inlined into every page (smaller pages, fewer CSP hashes).
  vite: {
    plugins: [tailwindcss(), tinyPreloadHelper()],
    build: { assetsInlineLimit: 0, rolldownOptions: { onLog: onBuildLog } },
  },
});
