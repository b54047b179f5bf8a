/** Runs once before any test file, which inherit what it sets in process.env:
 *  - resolves Chromium a single time. The Chromium inside @sparticuz/chromium is unpacked to /tmp on
 *    first use; test files unpacking it at the same moment raced (one spawned the binary while another
 *    was still writing it: ETXTBSY).
 *  - puts temporary files (browser profiles, scratch builds, copies of the build) in memory, in
 *    /dev/shm, when it has room: on this kind of machine disk writes cost the offline tests ~15% of
 *    their time. A small /dev/shm (a container's 64 MB) is left alone. */
import { accessSync, constants, statfsSync } from 'node:fs';
import { chromiumPath } from '../../scripts/chromium.mjs';

const MEMORY_TMP = '/dev/shm';
const ROOM = 2 * 1024 ** 3;

function memoryTmpWithRoom(): boolean {
  try {
    accessSync(MEMORY_TMP, constants.W_OK);
    const { bavail, bsize } = statfsSync(MEMORY_TMP);
    return bavail * bsize >= ROOM;
  } catch {
    return false;
  }
}

export default async function setup() {
  process.env.CHROMIUM_PATH = await chromiumPath();
  if (!process.env.TMPDIR && memoryTmpWithRoom()) process.env.TMPDIR = MEMORY_TMP;
}
