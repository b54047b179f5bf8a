/** <check-list>: remembers ticks on this device and offers a reset; <checklist-summary>: the progress
 *  over every list on the page, and a print button. */
import { loadTicks, saveTicks } from './checklist-store';

const fill = (template: string, done: number, total: number) =>
  template.replace('{done}', String(done)).replace('{total}', String(total));

const boxesOf = (list: Element) => [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

/** Lists that count toward the overall progress: all, except a list for one platform (iPhone,
 *  Android) left untouched while a list for another platform has ticks, so a one-platform reader
 *  can reach the end. */
function countedLists(): Element[] {
  const lists = [...document.querySelectorAll('check-list')];
  const ticked = new Set(
    lists.filter((l) => boxesOf(l).some((b) => b.checked)).map((l) => (l as HTMLElement).dataset.platform),
  );
  return lists.filter((l) => {
    const platform = (l as HTMLElement).dataset.platform;
    if (!platform || ticked.has(platform)) return true;
    return ![...ticked].some((p) => p && p !== platform);
  });
}

function updateSummaries() {
  const boxes = countedLists().flatMap(boxesOf);
  const done = boxes.filter((b) => b.checked).length;
  document.querySelectorAll<HTMLElement>('checklist-summary').forEach((summary) => {
    summary.querySelector('[data-overall]')!.textContent = fill(summary.dataset.template ?? '', done, boxes.length);
  });
}

class CheckList extends HTMLElement {
  connectedCallback() {
    const key = `${location.pathname}#${this.dataset.id}`;
    const boxes = boxesOf(this);
    // A box ticked before this script arrived (slow link) is kept, not overwritten by the stored state.
    const ticks = loadTicks(key);
    const early = boxes.some((box) => box.checked);
    boxes.forEach((box, i) => (box.checked = box.checked || (ticks[i] ?? false)));
    if (early)
      saveTicks(
        key,
        boxes.map((b) => b.checked),
      );
    const progress = this.querySelector<HTMLElement>('[data-progress]')!;
    const update = () => {
      progress.textContent = fill(
        this.dataset.progressTemplate ?? '',
        boxes.filter((b) => b.checked).length,
        boxes.length,
      );
      updateSummaries();
    };
    this.addEventListener('change', () => {
      saveTicks(
        key,
        boxes.map((b) => b.checked),
      );
      update();
    });
    this.querySelector('[data-reset]')!.addEventListener('click', () => {
      boxes.forEach((b) => (b.checked = false));
      saveTicks(key, []);
      update();
    });
    update();
  }
}

class ChecklistSummary extends HTMLElement {
  connectedCallback() {
    this.querySelector('[data-print]')!.addEventListener('click', () => print());
    updateSummaries();
  }
}

customElements.define('check-list', CheckList);
customElements.define('checklist-summary', ChecklistSummary);
