/** <theme-toggle>: switches light/dark and remembers the choice (ThemeScript applies it before paint). */
import { currentTheme, saveTheme } from './theme';
class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button')!;
    const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
    sync();
    button.addEventListener('click', () => {
      saveTheme(currentTheme() === 'dark' ? 'light' : 'dark');
      sync();
    });
  }
}
customElements.define('theme-toggle', ThemeToggle);
