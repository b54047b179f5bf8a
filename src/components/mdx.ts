/** Components MDX content may use without importing them (and the only ones it may use). */
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Checklist from './Checklist.astro';
import Fact from './Fact.astro';
import FactTable from './FactTable.astro';

export const mdxComponents = { Callout, Steps, Checklist, Fact, FactTable };
