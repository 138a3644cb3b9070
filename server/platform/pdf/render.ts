import { WORD_BREAK_CSS, withWordBreaks } from './word-breaks.js';
import { sharedBrowser } from './browser.js';

export type PageMargins = { top: string; right: string; bottom: string; left: string };

export type RenderPdfOptions = {
  /** Thai official style: 2.5 cm on the binding (left) side, 2 cm elsewhere. */
  margins?: PageMargins;
  landscape?: boolean;
  /** Page number centred in the footer, in Thai (๑) or Arabic (1) digits; off by default. */
  pageNumbers?: 'thai' | 'arabic' | false;
  /** Leaves the first page (a cover) unnumbered. */
  skipFirstPageNumber?: boolean;
  timeoutMs?: number;
};

export const OFFICIAL_MARGINS: PageMargins = { top: '2cm', right: '2cm', bottom: '2cm', left: '2.5cm' };

const CSS_LENGTH = /^\d+(\.\d+)?(cm|mm|in|pt|px)$/;

/** The @page rule: paper, margins and the footer counter (CSS page-margin boxes, Chromium ≥ 131). */
export function pageCss(options: RenderPdfOptions = {}): string {
  const margins = options.margins ?? OFFICIAL_MARGINS;
  for (const length of Object.values(margins)) {
    if (!CSS_LENGTH.test(length)) {
      throw new RangeError(`Invalid page margin: ${length}`);
    }
  }
  const counter = options.pageNumbers === 'thai' ? 'counter(page, thai)' : 'counter(page)';
  const footer = options.pageNumbers
    ? `@bottom-center { content: ${counter}; font-family: 'Sarabun', sans-serif; font-size: 14pt; }`
    : '';
  const first =
    options.pageNumbers && options.skipFirstPageNumber
      ? '@page :first { @bottom-center { content: none; } }'
      : '';
  const { top, right, bottom, left } = margins;
  return `@page { size: A4 ${options.landscape ? 'landscape' : 'portrait'}; margin: ${top} ${right} ${bottom} ${left}; ${footer} }\n${first}`;
}

/**
 * Puts the @page rule first in <head>: the document's own CSS may then override it and add named
 * pages (`@page wide { size: A4 landscape }`), which Chromium ignores when a later sheet sets `size`.
 */
export function withPageCss(html: string, css: string): string {
  const style = `<style>${css}</style>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return html.slice(0, at) + style + html.slice(at);
  }
  const bodyStart = html.search(/<body[\s>]/i);
  return bodyStart >= 0 ? html.slice(0, bodyStart) + style + html.slice(bodyStart) : style + html;
}

/**
 * Prints a complete HTML page to an A4 PDF in the shared Chromium. The page gets no network and no
 * JavaScript: fonts and images must be inlined (see `htmlDocument`).
 */
export async function renderPdf(html: string, options: RenderPdfOptions = {}): Promise<Buffer> {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeoutMs ?? 30_000);
    await page.route('**/*', (route) => route.abort());
    await page.setContent(withPageCss(withWordBreaks(html), `${pageCss(options)}\n${WORD_BREAK_CSS}`), {
      waitUntil: 'load',
    });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
  } finally {
    await context.close();
  }
}
