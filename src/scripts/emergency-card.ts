/** <emergency-card>: saves the typed card on this device only when asked, draws it as a PNG to keep
 *  in the photo library, prints it, and clears it with one control. It makes no network request:
 *  the image is a blob: URL made on the device. */
import {
  CARD_FIELDS,
  CARD_STORAGE_KEY,
  cleanCard,
  isEmptyCard,
  parseStoredCard,
  wrapText,
  type CardValues,
} from '@/lib/emergency-card';

class EmergencyCard extends HTMLElement {
  private fields = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  private status!: HTMLElement;

  connectedCallback() {
    for (const f of CARD_FIELDS) this.fields.set(f.id, this.querySelector(`[name="${f.id}"]`)!);
    this.status = this.querySelector('[data-card-status]')!;
    let stored: CardValues = {};
    try {
      stored = parseStoredCard(localStorage.getItem(CARD_STORAGE_KEY));
    } catch {
      // Storage blocked (private mode): the card still works, it just isn't remembered.
    }
    for (const [id, el] of this.fields) el.value = stored[id as keyof CardValues] ?? '';
    this.querySelector('[data-card-actions]')!.removeAttribute('hidden');
    this.on('save', () => this.save());
    this.on('image', () => void this.image());
    this.on('print', () => window.print());
    this.on('clear', () => this.clear());
  }

  private on(action: string, handler: () => void) {
    this.querySelector(`[data-card-action="${action}"]`)!.addEventListener('click', handler);
  }

  private values(): CardValues {
    return cleanCard(Object.fromEntries([...this.fields].map(([id, el]) => [id, el.value])));
  }

  private say(key: string) {
    this.status.textContent = this.dataset[key] ?? '';
  }

  private save() {
    try {
      localStorage.setItem(CARD_STORAGE_KEY, JSON.stringify(this.values()));
      this.say('msgSaved');
    } catch {
      this.say('msgStorageError');
    }
  }

  private clear() {
    try {
      localStorage.removeItem(CARD_STORAGE_KEY);
    } catch {
      // Nothing stored to remove.
    }
    for (const el of this.fields.values()) el.value = '';
    this.say('msgCleared');
  }

  private async image() {
    const values = this.values();
    if (isEmptyCard(values)) return this.say('msgEmpty');
    const canvas = this.draw(values);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = this.dataset.fileName ?? 'emergency-card.png';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say('msgImage');
  }

  /** A phone-screen-sized card: the title, then each filled field's label and text. */
  private draw(values: CardValues): HTMLCanvasElement {
    const width = 1080;
    const pad = 64;
    const font = 'system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
    const measureCtx = document.createElement('canvas').getContext('2d')!;
    const blocks: { label: string; lines: string[] }[] = [];
    for (const f of CARD_FIELDS) {
      const text = values[f.id];
      if (!text) continue;
      measureCtx.font = `40px ${font}`;
      const label = this.querySelector(`label[for="card-${f.id}"]`)?.textContent?.trim() ?? f.id;
      blocks.push({ label, lines: wrapText(text, width - pad * 2, (s) => measureCtx.measureText(s).width) });
    }
    const height = pad * 2 + 100 + blocks.reduce((h, b) => h + 48 + b.lines.length * 56 + 28, 0);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = Math.max(height, 600);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.fillStyle = '#111111';
    ctx.textBaseline = 'top';
    ctx.font = `bold 56px ${font}`;
    ctx.fillText(this.dataset.cardTitle ?? '', pad, pad);
    let y = pad + 100;
    for (const b of blocks) {
      ctx.fillStyle = '#555555';
      ctx.font = `30px ${font}`;
      ctx.fillText(b.label, pad, y);
      y += 48;
      ctx.fillStyle = '#111111';
      ctx.font = `40px ${font}`;
      for (const line of b.lines) {
        ctx.fillText(line, pad, y);
        y += 56;
      }
      y += 28;
    }
    return canvas;
  }
}
customElements.define('emergency-card', EmergencyCard);
