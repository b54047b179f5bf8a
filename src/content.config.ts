import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { factGroupSchema, faqSchema, guideSchema, pageSchema } from './lib/schemas';
import { helpFlowSchema } from './lib/help-flows';

// Entry ids keep the language folder and the slug as written: `zh-CN/deleted-esim`.
const byLanguage = (base: string) =>
  glob({
    pattern: '*/*.mdx',
    base,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });

export const collections = {
  guides: defineCollection({ loader: byLanguage('./content/guides'), schema: guideSchema }),
  faq: defineCollection({ loader: byLanguage('./content/faq'), schema: faqSchema }),
  pages: defineCollection({ loader: byLanguage('./content/pages'), schema: pageSchema }),
  // The facts registry: one YAML file per group of facts, not per language (each fact carries both).
  facts: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/facts' }),
    schema: factGroupSchema,
  }),
  // Help flows: one YAML file per emergency (the file name is its URL slug); see src/lib/help-flows.ts.
  help: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/help' }),
    schema: helpFlowSchema,
  }),
};
