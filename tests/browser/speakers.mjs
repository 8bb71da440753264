// Browser checks of the speaker sidebar in Debian's headless Chromium, driven by
// playwright-core. Run by `cargo test` (tests/integration/browser.rs) as
//   node tests/browser/speakers.mjs <built site folder> <article path>
import { check, launch } from "./lib.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [site, article] = process.argv.slice(2);
const url = pathToFileURL(path.join(site, article, "index.html")).href;


const browser = await launch();

try {
  for (const javaScriptEnabled of [true, false]) {
    const label = javaScriptEnabled ? "" : " (no JavaScript)";
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(url);
    const entry = page.locator("aside.sidebar li.speaker").first();
    const ref = await entry.getAttribute("data-speaker-ref");
    const name = await entry.getAttribute("data-speaker");
    check(ref && name, `the sidebar lists ${name}${label}`);
    const aside = await page.locator("aside.sidebar").boundingBox();
    const body = await page.locator(".article-body").boundingBox();
    check(aside.x > body.x + body.width - 1, `on a wide screen the sidebar stands beside the text${label}`);

    // A passage link jumps to its paragraph.
    const link = entry.locator(".speaker-passages a").last();
    const target = (await link.getAttribute("href")).slice(1);
    await link.click();
    // Smooth scrolling (the theme's, when motion is not reduced) takes a moment.
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top >= -1 && r.top < window.innerHeight;
    }, target, { timeout: 3000 }).catch(() => {});
    check(new URL(page.url()).hash === `#${target}`, `the link goes to #${target}${label}`);
    const para = page.locator(`#${target}`);
    const box = await para.boundingBox();
    check(box.y >= -1 && box.y < 800, `paragraph ${target} is scrolled into view (y=${Math.round(box.y)})${label}`);
    check((await para.getAttribute("data-speaks")).split(" ").includes(ref), `paragraph ${target} is marked as ${name}'s${label}`);

    // Hovering the sidebar entry highlights the speaker's passages, and only theirs.
    // (Not the paragraph just jumped to: the :target one is highlighted anyway.)
    const passage = page.locator(`.speech[data-speaks~="${ref}"]:not(#${target})`).first();
    const other = page.locator(`.article-body p:not([data-speaks~="${ref}"])`).first();
    const settle = () => page.waitForTimeout(400); // the highlight fades in
    await page.mouse.move(5, 5);
    await settle();
    const before = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
    await entry.hover();
    await settle();
    const during = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
    const otherBg = await other.evaluate((el) => getComputedStyle(el).backgroundColor);
    check(before !== during, `hovering ${name} highlights their passages (${before} → ${during})${label}`);
    check(otherBg !== during, `other paragraphs are not highlighted${label}`);
    await page.mouse.move(5, 5);
    await settle();
    await entry.locator("a.speaker-name").focus();
    await settle();
    const focused = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
    check(focused === during, `keyboard focus on ${name} highlights them too${label}`);
    await context.close();
  }

  // On a phone the sidebar is a section above the text, below the title.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const mobile = await phone.newPage();
  await mobile.goto(url);
  const title = await mobile.locator("h1").boundingBox();
  const aside = await mobile.locator("aside.sidebar").boundingBox();
  const body = await mobile.locator(".article-body").boundingBox();
  check(title.y < aside.y && aside.y + aside.height <= body.y, "on a phone the sidebar sits between the title and the text");
  check(aside.x >= 0 && aside.x + aside.width <= 390, "and fits the screen");
  const wide = await mobile.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= 390, `no sideways scrolling (${wide}px)`);
  await phone.close();

  // At 360 px the list starts folded under its heading and count, so the article begins on
  // the first screen; a tap opens it, without JavaScript.
  const small = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const narrow = await small.newPage();
  await narrow.goto(url);
  const folded = await narrow.locator("aside.sidebar").boundingBox();
  check(folded.height < 90, `on a 360 px phone the speakers section is folded (${Math.round(folded.height)}px high)`);
  const count = await narrow.locator(".speaker-count").textContent();
  check(/\d/.test(count), `its heading gives a count (${count.trim()})`);
  const first = await narrow.locator(".article-body p").first().boundingBox();
  check(first.y < 740, `the article starts on the first screen (y=${Math.round(first.y)})`);
  check(!(await narrow.locator("aside.sidebar li.speaker a.speaker-name").first().isVisible()), "the names are hidden until opened");
  await narrow.locator(".speakers-box > summary").tap();
  check(await narrow.locator("aside.sidebar li.speaker a.speaker-name").first().isVisible(), "a tap opens the list");
  await small.close();
} finally {
  await browser.close();
}
