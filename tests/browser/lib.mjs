// What the browser scripts share: launching Debian's headless Chromium, and a check that
// prints one line per expectation and stops at the first failure.
import { chromium } from "playwright-core";

/// Print `ok   what`, or `FAIL what` and exit non-zero (after `cleanup`, if given).
export function check(ok, what, cleanup) {
  if (!ok) {
    console.error(`FAIL ${what}`);
    if (cleanup) cleanup();
    process.exit(1);
  }
  console.log(`ok   ${what}`);
}

/// Debian's Chromium, headless, without the background traffic this machine refuses.
export function launch() {
  return chromium.launch({
    executablePath: process.env.PIZHU_CHROMIUM || "/usr/bin/chromium",
    args: [
      "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}
