/** Components MDX content may use without importing them. */
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Checklist from './Checklist.astro';
import ChecklistSummary from './ChecklistSummary.astro';

export const mdxComponents = { Callout, Steps, Checklist, ChecklistSummary };
