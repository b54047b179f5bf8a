/** Checklist ticks in localStorage, one array per list. Storage may be unavailable (private mode):
 *  then ticks simply last for the page view. */
export function loadTicks(key: string): boolean[] {
  try {
    const raw = JSON.parse(localStorage.getItem(`checklist:${key}`) ?? '[]');
    return Array.isArray(raw) ? raw.map(Boolean) : [];
  } catch {
    return [];
  }
}

export function saveTicks(key: string, ticks: boolean[]): void {
  try {
    if (ticks.some(Boolean)) localStorage.setItem(`checklist:${key}`, JSON.stringify(ticks));
    else localStorage.removeItem(`checklist:${key}`);
  } catch {
    // ignore: see above
  }
}
