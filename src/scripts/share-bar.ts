/** <share-bar>: copy link and the system share sheet; the plain share links need no script. */
import { copyAndAnnounce } from './copy-link';
class ShareBar extends HTMLElement {
  connectedCallback() {
    const url = this.dataset.url!;
    this.querySelector('[data-copy]')!.addEventListener('click', () => void copyAndAnnounce(url));
    const native = this.querySelector<HTMLButtonElement>('[data-native-share]')!;
    if (typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => navigator.share({ url, title: this.dataset.title }).catch(() => {}));
    }
  }
}
customElements.define('share-bar', ShareBar);
