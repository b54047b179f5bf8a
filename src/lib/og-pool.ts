/** Open Graph images rendered on worker threads, one per core: satori and resvg are CPU-bound and
 *  synchronous, so on the build's main thread they would take turns with the pages. The workers load
 *  the renderer's own source file (Node strips its types), so they draw exactly what
 *  `renderOgImage` in this process would. Idle workers do not keep the build process alive. */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

type Job = { input: unknown; resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };

/** The worker: renders each input it is sent with the module's `renderOgImage`. */
const workerSource = (rendererFile: string) => `
import { parentPort } from 'node:worker_threads';
const { renderOgImage } = await import(${JSON.stringify(pathToFileURL(rendererFile).href)});
parentPort.on('message', async (input) => {
  try {
    const png = await renderOgImage(input);
    parentPort.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ error: String(error?.stack ?? error) });
  }
});`;

export interface OgPool {
  render: (input: unknown) => Promise<Uint8Array<ArrayBuffer>>;
  close: () => Promise<void>;
}

export function createOgPool(rendererFile: string, size = availableParallelism()): OgPool {
  const queue: Job[] = [];
  const url = new URL(`data:text/javascript,${encodeURIComponent(workerSource(rendererFile))}`);
  type Slot = { worker: Worker; job?: Job };
  const workers: Slot[] = [];
  const next = (slot: Slot) => {
    slot.job = queue.shift();
    if (!slot.job) return void slot.worker.unref();
    slot.worker.ref();
    slot.worker.postMessage(slot.job.input);
  };
  // Started on the first image, so a build that finds every image cached starts none.
  const spawn = () => {
    const slot: Slot = { worker: new Worker(url) };
    slot.worker.unref();
    slot.worker.on('message', (message: { png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      const job = slot.job!;
      if (message.png) job.resolve(message.png);
      else job.reject(new Error(`OG image worker: ${message.error}`));
      next(slot);
    });
    // A worker that fails to start or dies fails its image and those waiting: the build stops, naming it.
    slot.worker.on('error', (error) => {
      workers.splice(workers.indexOf(slot), 1);
      slot.job?.reject(error);
      for (const job of queue.splice(0)) job.reject(error);
    });
    workers.push(slot);
    return slot;
  };
  return {
    render: (input) =>
      new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        const idle = workers.find((w) => !w.job) ?? (workers.length < Math.max(1, size) ? spawn() : undefined);
        if (idle) next(idle);
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
