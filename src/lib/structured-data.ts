/** schema.org JSON-LD for search engines, built as plain objects (rendered by StructuredData.astro). */

export interface Org {
  name: string;
  url: string;
}

export function websiteLd(o: { name: string; url: string; inLanguage: string; searchUrl: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: o.name,
    url: o.url,
    inLanguage: o.inLanguage,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${o.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function articleLd(o: {
  headline: string;
  description: string;
  url: string;
  image: string;
  inLanguage: string;
  datePublished: Date;
  dateModified: Date;
  site: Org;
}) {
  const org = { '@type': 'Organization', name: o.site.name, url: o.site.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: o.headline,
    description: o.description,
    url: o.url,
    mainEntityOfPage: o.url,
    image: [o.image],
    inLanguage: o.inLanguage,
    datePublished: o.datePublished.toISOString(),
    dateModified: o.dateModified.toISOString(),
    author: org,
    publisher: org,
  };
}

export function faqPageLd(o: {
  url: string;
  inLanguage: string;
  items: { question: string; answer: string; url?: string }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: o.url,
    inLanguage: o.inLanguage,
    mainEntity: o.items.map((i) => ({
      '@type': 'Question',
      name: i.question,
      ...(i.url ? { url: i.url } : {}),
      acceptedAnswer: { '@type': 'Answer', text: i.answer },
    })),
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the tag. */
export function serializeLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
