import type { BrowserContext, Page } from 'playwright-core';

/*
 * What a patient with large text or a small phone must always get, measured in the page: no
 * sideways scrolling, the four tabs of the bottom menu whole on screen, no word cut in two in a
 * heading, a tab or a table header, a one-line header, and the count inside its timer ring.
 */

/**
 * Android's font scale as Chrome on Android applies it: the browser's default font size grows (here
 * to 200 %, 32 px), so the root font of every page scales with it. The app's own text setting is
 * untouched ("normal"): the layout must hold without it.
 */
export async function scaleFontLikeAndroid(context: BrowserContext, page: Page, percent: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100 } });
}

/** Problems on the page as it is now; an empty list when all holds. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const doc = document.documentElement;
    // The page scrolls inside <main>: neither it nor the document may scroll sideways.
    for (const box of [doc, document.querySelector('main')!]) {
      if (box.scrollWidth > box.clientWidth) problems.push(`scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
    }

    const tabs = [...document.querySelectorAll<HTMLElement>('.bottom-nav .tab')];
    if (tabs.length !== 4) problems.push(`${tabs.length} tabs instead of 4`);
    for (const tab of tabs) {
      const box = tab.getBoundingClientRect();
      const inside = box.left >= 0 && box.right <= doc.clientWidth && box.top >= 0 && box.bottom <= window.innerHeight;
      if (!inside) problems.push(`tab "${tab.textContent}" is not inside the viewport: ${JSON.stringify(box)}`);
      // The label itself must fit its tab: a label wider than its tab overlaps the next one.
      const label = document.createRange();
      label.selectNodeContents(tab);
      const text = label.getBoundingClientRect();
      if (text.left < box.left - 0.5 || text.right > box.right + 0.5)
        problems.push(`tab "${tab.textContent}" overflows`);
    }

    // A word split over two lines has client rects on two lines.
    const broken: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, .bottom-nav .tab, th')) {
      if (el.getClientRects().length === 0 || el.closest('.visually-hidden, [hidden]')) continue;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          // A word with a hyphen of its own ("McKenzie-oefeningen") may break after it, as text does.
          const parts = match[0].split('-').length;
          if (lines.size > parts) broken.push(`${el.tagName.toLowerCase()} "${match[0]}"`);
        }
      }
    }
    problems.push(...broken.map((b) => `word broken in two: ${b}`));

    // A posture picture starts where its drawing starts: no empty band above a lying figure.
    for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[role="img"][viewBox]')) {
      if (svg.getClientRects().length === 0) continue;
      const top = svg.viewBox.baseVal.y;
      const drawn = svg.getBBox().y;
      if (drawn - top > 12) problems.push(`empty band of ${Math.round(drawn - top)} units above "${svg.textContent}"`);
    }

    const header = document.querySelector<HTMLElement>('.app-header');
    const name = document.querySelector<HTMLElement>('.app-name');
    if (header && name) {
      const lineHeight = name.getBoundingClientRect().height;
      const style = getComputedStyle(header);
      const content = header.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (content > lineHeight * 1.5)
        problems.push(`header is more than one line: ${content}px for a ${lineHeight}px line`);
    }
    return problems;
  });
}

/** The running count or time lies inside the inner circle of its ring. */
export function countOutsideRing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const face = document.querySelector('.timer-face');
    const value = document.querySelector('.timer-value > span:not(.visually-hidden)');
    if (!face || !value) return ['no timer on screen'];
    const ring = face.getBoundingClientRect();
    const text = value.getBoundingClientRect();
    // The ring's circle has radius 54 of 120 and a stroke of 8: its inside starts at 50 of 120.
    const inner = (ring.width * 50) / 120;
    const cx = ring.left + ring.width / 2;
    const cy = ring.top + ring.height / 2;
    const corners = [
      [text.left, text.top + text.height * 0.2],
      [text.right, text.top + text.height * 0.2],
      [text.left, text.bottom - text.height * 0.2],
      [text.right, text.bottom - text.height * 0.2],
    ];
    const outside = corners.some(([x, y]) => Math.hypot(x! - cx, y! - cy) > inner);
    return outside
      ? [`"${value.textContent}" leaves its ring: text ${JSON.stringify(text)}, ring ${JSON.stringify(ring)}`]
      : [];
  });
}
