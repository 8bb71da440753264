// Browser checks of glossary tooltips in Debian's headless Chromium, driven by
// playwright-core. Run by `cargo test` (tests/integration/browser.rs) as
//   node tests/browser/tooltips.mjs <built site folder> <article path>
// It prints one line per check and exits non-zero on the first failure.
import { check, launch } from "./lib.mjs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [site, article] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const url = pathToFileURL(path.join(site, article, "index.html")).href;
const executablePath = process.env.PIZHU_CHROMIUM || "/usr/bin/chromium";


const browser = await launch();

try {
  // ---- Desktop: hover, pointer over the tooltip, Escape, keyboard focus. ----
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await desktop.newPage();
  await page.goto(url);
  const term = page.locator("a.term").first();
  const tipId = await term.getAttribute("aria-describedby");
  const tip = page.locator(`#${tipId}`);
  check((await tip.getAttribute("role")) === "tooltip", "the term names a role=tooltip element");
  check(!(await tip.isVisible()), "the tooltip is hidden at first");

  await term.hover();
  check(await tip.isVisible(), "hover shows the definition");
  const name = await term.getAttribute("data-term");
  check((await tip.innerText()).includes(name), `the tooltip explains ${name}`);

  const box = await tip.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  check(await tip.isVisible(), "the tooltip stays open while the pointer is over it");

  await page.keyboard.press("Escape");
  check(!(await tip.isVisible()), "Escape hides it");

  await page.mouse.move(5, 5);
  check(!(await tip.isVisible()), "moving the pointer away keeps it closed");
  await term.hover();
  check(await tip.isVisible(), "hovering again shows it again");
  await page.mouse.move(5, 5);
  check(!(await tip.isVisible()), "mouse out hides it");

  // Tab through the page until the term has focus.
  let focused = false;
  for (let i = 0; i < 60 && !focused; i++) {
    await page.keyboard.press("Tab");
    focused = await term.evaluate((el) => el === document.activeElement);
  }
  check(focused, "Tab reaches the term");
  check(await tip.isVisible(), "keyboard focus shows the definition");
  await page.keyboard.press("Escape");
  check(!(await tip.isVisible()), "Escape hides it under focus");
  await page.keyboard.press("Tab");
  check(!(await tip.isVisible()), "blur closes it");

  // ---- Accessibility: axe-core finds no serious or critical violation. ----
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () =>
    await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of serious) {
    console.error(`axe ${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0].html.slice(0, 160)}`);
  }
  check(serious.length === 0, `axe-core finds no serious violation (${result.violations.length} minor)`);
  await desktop.close();

  // ---- Without JavaScript the term is still a link to its definition. ----
  const nojs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const plain = await nojs.newPage();
  await plain.goto(url);
  const link = plain.locator("a.term").first();
  const href = await link.getAttribute("href");
  check(/glossary\/#.+/.test(href), `without JavaScript the term links to ${href}`);
  await link.hover();
  check(await plain.locator(`#${tipId}`).isVisible(), "without JavaScript hover still shows it");
  await nojs.close();

  // ---- Phone: tap opens in place and inside the screen; a second tap or a tap elsewhere closes. ----
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const mobile = await phone.newPage();
  await mobile.goto(url);
  const terms = mobile.locator("a.term");
  const count = await terms.count();
  check(count > 1, `${count} marked terms on the page`);
  // Try the term nearest the right edge: the hardest one to keep on screen.
  let pick = 0;
  let right = -1;
  for (let i = 0; i < Math.min(count, 12); i++) {
    const b = await terms.nth(i).boundingBox();
    if (b && b.x + b.width > right) {
      right = b.x + b.width;
      pick = i;
    }
  }
  const tapTerm = terms.nth(pick);
  await tapTerm.scrollIntoViewIfNeeded();
  const tapTip = mobile.locator(`#${await tapTerm.getAttribute("aria-describedby")}`);
  const before = mobile.url();
  await tapTerm.tap();
  check(mobile.url() === before, "a tap does not follow the link");
  check(await tapTip.isVisible(), "a tap opens the tooltip");
  const vb = await tapTip.boundingBox();
  const vw = 360;
  const vh = 740;
  check(vb.x >= 0 && vb.x + vb.width <= vw && vb.y >= 0 && vb.y + vb.height <= vh,
    `the tooltip stays inside the screen (${Math.round(vb.x)},${Math.round(vb.y)} ${Math.round(vb.width)}x${Math.round(vb.height)})`);
  await tapTerm.tap();
  check(!(await tapTip.isVisible()), "a second tap closes it");
  await tapTerm.tap();
  check(await tapTip.isVisible(), "a third tap opens it again");
  await mobile.locator("h1").tap();
  check(!(await tapTip.isVisible()), "a tap elsewhere closes it");
  await phone.close();
} finally {
  await browser.close();
}
