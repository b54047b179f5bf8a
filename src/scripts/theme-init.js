// Inlined into every page's <head> by src/components/ThemeScript.astro and hashed from this file for
// the CSP (src/integrations/security-headers.ts): runs before first paint so the page never flashes
// the wrong theme. Applies the reader's saved choice; without one, CSS follows the system setting.
try {
  const theme = localStorage.getItem('theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {
  // Storage can be blocked (private mode): the system preference then applies.
}
