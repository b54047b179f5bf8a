/** Components MDX content may use without importing them. */
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Checklist from './Checklist.astro';

export const mdxComponents = { Callout, Steps, Checklist };
