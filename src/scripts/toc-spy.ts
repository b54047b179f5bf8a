/** <toc-spy>: on wide screens (where site.ts loads it) opens the table of contents, which CSS keeps in
 *  the sticky right column, and marks the link of the section being read (aria-current="location").
 *  The observer only says when a heading crosses the reading line (40 % down the viewport); the
 *  current section is then the last heading above that line. */
class TocSpy extends HTMLElement {
  connectedCallback() {
    const details = this.closest('details');
    if (details) details.open = true;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links
      .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .filter((h): h is HTMLElement => !!h);
    if (!headings.length) return;
    let current: HTMLAnchorElement | undefined;
    const update = () => {
      const line = innerHeight * 0.4;
      const above = headings.filter((h) => h.getBoundingClientRect().top <= line);
      const id = (above.at(-1) ?? headings[0]!).id;
      const link = links.find((a) => decodeURIComponent(a.hash.slice(1)) === id);
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'location');
      current = link;
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -60% 0px' });
    headings.forEach((h) => observer.observe(h));
  }
}
customElements.define('toc-spy', TocSpy);

export {};
