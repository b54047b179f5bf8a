/** <check-list>: remembers ticks on this device and offers a reset. */
import { loadTicks, saveTicks } from './checklist-store';
class CheckList extends HTMLElement {
  connectedCallback() {
    const key = `${location.pathname}#${this.dataset.id}`;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const ticks = loadTicks(key);
    boxes.forEach((box, i) => (box.checked = ticks[i] ?? false));
    const progress = this.querySelector<HTMLElement>('[data-progress]')!;
    const update = () => {
      const done = boxes.filter((b) => b.checked).length;
      progress.textContent = (this.dataset.progressTemplate ?? '')
        .replace('{done}', String(done))
        .replace('{total}', String(boxes.length));
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
customElements.define('check-list', CheckList);
