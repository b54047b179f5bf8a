/** Components MDX content may use without importing them: exactly those of the content check's table
 *  (src/lib/content-components.ts), which also says what props each takes. */
import type { ContentComponentName } from '@/lib/content-components';
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Checklist from './Checklist.astro';
import ChecklistSummary from './ChecklistSummary.astro';
import Fact from './Fact.astro';
import FactTable from './FactTable.astro';

export const mdxComponents = {
  Callout,
  Steps,
  Checklist,
  ChecklistSummary,
  Fact,
  FactTable,
} satisfies Record<ContentComponentName, unknown>;
