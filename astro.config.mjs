// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkSafeContent } from './src/plugins/remark-safe-content.ts';
import { rehypeContentLinks } from './src/plugins/rehype-content-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { offlineSize } from './src/integrations/offline-size.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { tinyPreloadHelper } from './src/integrations/tiny-preload-helper.ts';
import { normalizeBase } from './src/lib/urls.ts';

// One place for deploy settings: the public origin and the sub-path the site is served under.
const site = process.env.SITE_URL || 'https://japan-esim-backup.example';
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // In the project, not in node_modules: scratch builds (tests, benchmarks) symlink node_modules and
  // must not share a content cache with each other or with the real site.
  cacheDir: './.astro/cache',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkSafeContent, remarkHeadingIds],
      rehypePlugins: [[rehypeContentLinks, { base }]],
      smartypants: false,
    }),
  },
  integrations: [
    mdx(),
    sitemap({
      filter: sitemapFilter('./content', base),
      // zh-CN pages have no prefix; English pages live under /en/.
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    }),
    pagefindIndex(),
    offlineSize(),
    serviceWorker(),
    // Last: it hashes the inline scripts of the finished HTML.
    securityHeaders(),
  ],
  // Scripts stay in cached files instead of being inlined into every page (smaller pages, fewer CSP hashes).
  vite: { plugins: [tailwindcss(), tinyPreloadHelper()], build: { assetsInlineLimit: 0 } },
});
