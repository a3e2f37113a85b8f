// Debian's Chromium driven by playwright-core (no browser download), with the flags this machine
// kind needs (no sandbox as root, no background networking on a closed network), plus axe-core.
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Runs axe with our WCAG tags; returns the violations with what failed and where. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

/**
 * axe with our WCAG tags and `target-size` (2.5.8) turned on — axe ships it disabled. Each violation
 * node also says which gallery example (`[data-example]`) it is in, when it is in one.
 */
export async function axeScan(page, { include = null } = {}) {
  let builder = new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const violations = [];
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const selector = node.target.join(" ");
      const example = await page
        .locator(selector)
        .first()
        .evaluate((el) => el.closest("[data-example]")?.dataset.example ?? null)
        .catch(() => null);
      violations.push({ rule: v.id, impact: v.impact, example, node: selector, summary: node.failureSummary });
    }
  }
  return { violations, passes: results.passes.length };
}
