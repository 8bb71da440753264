// Live reload in Debian's headless Chromium: open an article served by `pizhu serve`, edit
// its file, and see the page reload with the change within two seconds (keeping the scroll
// position); break the front matter and see the overlay; fix it and see it go.
//   node tests/browser/serve.mjs <base url> <site root> <article path> <article file>
import { check, launch } from "./lib.mjs";
import fs from "node:fs";
import path from "node:path";

const [base, root, article, file] = process.argv.slice(2);
const source = path.join(root, file);
const original = fs.readFileSync(source, "utf8");
// On a failure, put the article back before stopping.
const verify = (ok, what) => check(ok, what, () => fs.writeFileSync(source, original));


const browser = await launch();
try {
  const page = await (await browser.newContext({ viewport: { width: 1000, height: 700 } })).newPage();
  await page.goto(`${base}${article}/`);
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.includes("__pizhu/live")), null, { timeout: 5000 });
  await page.waitForTimeout(300); // the event stream is open
  await page.evaluate(() => window.scrollTo(0, 400));
  const scrolled = await page.evaluate(() => window.scrollY);

  // Edit the article: the page reloads with the change.
  let started = Date.now();
  fs.writeFileSync(source, original.replace(/^(---\ntitle: ).*$/m, "$1实时预览的新标题"));
  await page.waitForFunction(() => document.querySelector("h1")?.textContent === "实时预览的新标题", null, { timeout: 2000 });
  verify(true, `an edit shows in ${Date.now() - started} ms`);
  await page.waitForTimeout(300);
  const kept = await page.evaluate(() => window.scrollY);
  verify(Math.abs(kept - scrolled) < 40, `the reader's scroll position is kept (${scrolled} → ${kept})`);

  // Break the front matter: an overlay shows the error over the last good page.
  started = Date.now();
  fs.writeFileSync(source, "---\ntitle: [broken\n---\n");
  await page.waitForSelector("#pizhu-overlay", { timeout: 2000 });
  const message = await page.locator("#pizhu-overlay pre").textContent();
  verify(message.includes(`${file}:2:8`), `the overlay names the file and line: ${message}`);
  verify((await page.locator("h1").textContent()) === "实时预览的新标题", "the last good page stays underneath");

  // Fix it: the overlay goes and the page reloads.
  fs.writeFileSync(source, original);
  await page.waitForFunction(() => !document.getElementById("pizhu-overlay") && document.querySelector("h1")?.textContent !== "实时预览的新标题", null, { timeout: 2000 });
  verify(true, "fixed: the overlay is gone and the page shows the file again");
} finally {
  fs.writeFileSync(source, original);
  await browser.close();
}
