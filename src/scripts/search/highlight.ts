/** On a page opened from a search result (?highlight=…), loads the marking code; every other visit
 *  fetches nothing. */

// The same name as HIGHLIGHT_PARAM in ./constants, written out so this tiny script imports nothing.
const HIGHLIGHT_PARAM = 'highlight';

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./highlight-marks');
