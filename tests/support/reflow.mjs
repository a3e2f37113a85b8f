// Reflow checks (WCAG 1.4.10, 1.4.12): does the page scroll sideways, and is anything cut off?

/** The WCAG 1.4.12 text-spacing override (the bookmarklet's values). */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/**
 * Problems on the page: horizontal scrolling of the document, and elements whose content is
 * clipped (overflow hidden/clip with more content than room) or that stick out past the viewport.
 * Visually hidden text and content inside a deliberately scrolling region (a wide table) are fine.
 */
export function reflowProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) {
      problems.push(`the page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    }
    const describe = (el) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")} in ${
        el.closest("[data-example]")?.dataset.example ?? "the frame"
      }`;
    const exempt = (el) => el.closest(".mg-visually-hidden, .mg-skip-link, .mg-table-wrap, [hidden], dialog:not([open])");
    for (const el of document.body.querySelectorAll("*")) {
      if (exempt(el)) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > doc.clientWidth + 1) problems.push(`sticks out ${Math.round(rect.right - doc.clientWidth)} px: ${describe(el)}`);
      const clips = (v) => v === "hidden" || v === "clip";
      if (clips(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped sideways: ${describe(el)}`);
      if (clips(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`clipped: ${describe(el)}`);
    }
    return problems;
  });
}
