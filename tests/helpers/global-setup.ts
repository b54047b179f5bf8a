/** Runs once before any test file: resolves Chromium a single time. The Chromium inside
 *  @sparticuz/chromium is unpacked to /tmp on first use; test files unpacking it at the same moment
 *  raced (one spawned the binary while another was still writing it: ETXTBSY). */
import { chromiumPath } from '../../scripts/chromium.mjs';

export default async function setup() {
  process.env.CHROMIUM_PATH = await chromiumPath();
}
