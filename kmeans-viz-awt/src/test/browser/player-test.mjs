// Drives the HTML player written by Animation.writeHtml in headless Chromium (Debian's, through
// playwright-core; no browser is downloaded): keys, the two switches, scaling to the window.
// Usage: node player-test.mjs PLAYER.html [SCREENSHOT.png]. Exit status 0 when every check holds.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [file, shot] = process.argv.slice(2);
if (!file) {
  console.error("usage: node player-test.mjs PLAYER.html [SCREENSHOT.png]");
  process.exit(2);
}
const failures = [];
function check(ok, what) {
  if (!ok) {
    failures.push(what);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(pathToFileURL(resolve(file)).href);
  const body = (name) => page.evaluate((n) => document.body.dataset[n], name);
  const src = () => page.evaluate(() => document.getElementById("frame").src);
  const count = await page.evaluate(() => FRAMES.length);

  check(await body("frame") === "0", "starts on the first frame");
  await page.keyboard.press("End");
  check(await body("frame") === String(count - 1), "End shows the last frame");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  check(await body("frame") === "2", "two right arrows show frame 2");
  await page.keyboard.press("ArrowLeft");
  check(await body("frame") === "1", "left arrow steps back");
  await page.keyboard.press(" ");
  check(await body("playing") === "true", "space plays");
  await page.keyboard.press(" ");
  check(await body("playing") === "false", "space pauses");

  // smooth motion: playing shows the pictures in between, pausing and stepping show frames
  const inBetweens = await page.evaluate(() => MOTION.reduce((n, m) => n + m.length, 0));
  check(inBetweens > 0, "the player holds pictures in between (the examples write smooth motion)");
  if (inBetweens > 0) {
    await page.keyboard.press("Home");
    await page.selectOption("#speed", "4");
    await page.keyboard.press(" ");
    const seen = await page.waitForFunction(() => document.body.dataset.motion !== "0", null, { timeout: 20000 })
      .then(() => true, () => false);
    check(seen, "playing shows pictures in between");
    if (seen) {
      const shown = await page.evaluate(() => {
        const f = Number(document.body.dataset.frame), m = Number(document.body.dataset.motion);
        return MOTION[f][m - 1] === document.getElementById("frame").src;
      });
      check(shown, "the picture shown is the one on the way into the frame");
    }
    await page.keyboard.press(" ");
    check(await body("motion") === "0" && await src() === await page.evaluate(() => FRAMES[Number(document.body.dataset.frame)]),
      "pausing shows a frame itself");
    await page.keyboard.press("ArrowRight");
    check(await body("motion") === "0", "stepping goes from frame to frame");
    await page.selectOption("#speed", "1");
  }

  await page.keyboard.press("End");
  const withRegions = await src();
  await page.keyboard.press("r");
  check(await body("regions") === "false", "R switches the regions off");
  const without = await src();
  check(without !== withRegions && without === await page.evaluate(() => PLAIN[PLAIN.length - 1]),
    "without regions the player shows the frame painted without them");
  await page.click("#regions");
  check(await body("regions") === "true" && await src() === withRegions, "the regions box switches them back");

  const hasTruth = await page.evaluate(() => TRUTH !== "");
  check(hasTruth, "the player holds the true classes (the blobs example gives them)");
  if (hasTruth) {
    await page.click("#truth");
    check(await body("truth") === "true" && await src() === await page.evaluate(() => TRUTH),
      "the true-classes box shows the truth picture");
    await page.keyboard.press("t");
    check(await body("truth") === "false" && await src() === withRegions, "T switches the truth off");
  }

  // scales to the window, keeping the frame's proportions
  const size = () => page.evaluate(() => {
    const r = document.getElementById("frame").getBoundingClientRect();
    return [r.width, r.height];
  });
  const [w1, h1] = await size();
  await page.setViewportSize({ width: 600, height: 500 });
  const [w2, h2] = await size();
  check(w2 < w1 && w2 <= 600, `the frame shrinks with the window (${w1} to ${w2} px wide)`);
  check(Math.abs(w1 / h1 - w2 / h2) < 0.02, "the frame keeps its proportions");
  if (shot) {
    await page.setViewportSize({ width: 1100, height: 850 });
    await page.screenshot({ path: shot });
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  for (const f of failures) {
    console.error("FAIL: " + f);
  }
  process.exit(1);
}
console.log("OK: keys, smooth motion, both switches and scaling work in the player");
