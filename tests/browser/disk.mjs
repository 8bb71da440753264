// The built folder opened from disk (file://): following links from the home page reaches
// articles, sections and the glossary, not folder listings.
//   node tests/browser/disk.mjs <built site folder>
import { check, launch } from "./lib.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [site] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(pathToFileURL(path.join(site, "index.html")).href);
  const first = page.locator("ol.article-list a").first();
  const title = await first.textContent();
  await first.click();
  await page.waitForLoadState();
  check(page.url().endsWith("/index.html"), `a link to an article opens its index.html (${page.url()})`);
  check((await page.locator("h1").textContent()) === title, `and shows the article: ${title}`);
  await page.locator(".site-nav a", { hasText: /术语表|Glossary/ }).click();
  await page.waitForLoadState();
  check(page.url().endsWith("/glossary/index.html"), "the navigation works from disk too");
  await page.locator(".site-title").click();
  await page.waitForLoadState();
  check(page.url().endsWith("/index.html") && (await page.locator("ol.article-list").count()) === 1, "and the title leads home");
} finally {
  await browser.close();
}
