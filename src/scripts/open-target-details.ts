/** Opens the <details> a URL fragment points at (on load and on in-page navigation). */
function openTarget() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const details = target?.closest('details');
  if (details && !details.open) {
    details.open = true;
    target!.scrollIntoView();
  }
}
openTarget();
addEventListener('hashchange', openTarget);
