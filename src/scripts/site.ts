/** Everything a page runs before the reader does anything, as one small module (one request, one gzip
 *  stream). Each part only upgrades markup that is on the page; the heavy parts (search, saving for
 *  offline) load with import() on first use. */
import './theme-toggle';
import './search/dialog';
import './search/highlight';
import './copy-link';
import './share-bar';
import './open-target-details';
import './lang-switch';
import './offline/save-offline';

// Code for one page only, loaded when that page's markup is there.
if (document.querySelector('[data-search-page]')) void import('./search/page');
if (document.querySelector('check-list')) void import('./checklist');
if (document.querySelector('[data-offline-available]')) void import('./offline/offline-page');
// The sticky table of contents shows on wide screens only.
if (document.querySelector('toc-spy') && matchMedia('(min-width: 64rem)').matches) void import('./toc-spy');
if (document.querySelector('emergency-card')) void import('./emergency-card');
