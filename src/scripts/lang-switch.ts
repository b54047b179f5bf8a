/** The language links carry what only the browser knows: the search query (`?q=`, which the search
 *  page keeps in the URL) and the #section being read (heading and FAQ ids are the same in every
 *  language). Updated on load, on hashchange and just before one is followed; without JavaScript the
 *  plain link still goes to the same page in the other language. */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  const plain = link.href;
  const sync = () => {
    const target = new URL(plain);
    const query = new URLSearchParams(location.search).get('q');
    if (query) target.searchParams.set('q', query);
    target.hash = location.hash;
    link.setAttribute('href', target.pathname + target.search + target.hash);
  };
  sync();
  addEventListener('hashchange', sync);
  link.addEventListener('pointerdown', sync);
  link.addEventListener('focus', sync);
  link.addEventListener('click', sync);
}
