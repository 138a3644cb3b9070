import { PORTAL_WORDS, type PortalLanguage, type PortalWord } from '../../../../domain/portal/words.js';
import { html, trustedHtml, type HtmlValue, type SafeHtml } from '../../../platform/pdf/html.js';

/**
 * The portal's pages are plain server-rendered HTML with a small inline stylesheet and no script:
 * they open fast on a cheap phone over a slow line, work without JavaScript and read well in a
 * screen reader. System Thai fonts only, no web font to download.
 */
const STYLE = trustedHtml(`
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,"Noto Sans Thai","Sarabun",sans-serif;color:#1a1a1a;background:#f6f7f9}
a{color:#0b4f9c}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header{background:#0b3d77;color:#fff;padding:12px 16px}header a{color:#fff}
.brand{font-weight:700;font-size:1.1rem;text-decoration:none}
nav ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:16px}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;line-height:1.3;margin:8px 0 12px}h2{font-size:1.2rem;margin:24px 0 8px}
.card{background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:12px 16px;margin:12px 0}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:8px;margin:0;padding:0}
.stats div{background:#fff;border:1px solid #d9dde3;border-radius:8px;padding:8px 12px}
.stats dt{font-size:.85rem;color:#4a4f57}.stats dd{margin:0;font-weight:700;font-size:1.1rem}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #d9dde3;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}td.num{text-align:right;white-space:nowrap}
form.search{display:flex;gap:8px;flex-wrap:wrap}form.search input{flex:1 1 200px}
input,select,textarea{font:inherit;padding:8px;border:1px solid #6b7280;border-radius:6px;width:100%;background:#fff;color:#1a1a1a}
button{font:inherit;padding:8px 16px;border:0;border-radius:6px;background:#0b4f9c;color:#fff;cursor:pointer}
label{display:block;font-weight:600;margin-top:12px}.hint{color:#4a4f57;font-size:.9rem}
.trap{position:absolute;left:-9999px}.errors{border-color:#b42318;color:#b42318}
.badge{display:inline-block;padding:0 8px;border-radius:12px;background:#e6eef8;color:#0b3d77;font-size:.85rem}
svg.map{width:100%;height:auto;max-height:420px;background:#eef4fb;border-radius:8px}
svg.map path{fill:#dfe7f0;stroke:#6b7f99;stroke-width:1}svg.map circle{fill:#c2410c;stroke:#fff;stroke-width:1.5}
ul.plain{padding-left:20px}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin:0}
.photos figure{margin:0;background:#fff;border:1px solid #d9dde3;border-radius:8px;overflow:hidden}
.photos img{display:block;width:100%;height:auto;aspect-ratio:4/3;object-fit:cover}
.photos figcaption{padding:6px 8px;font-size:.9rem}footer{max-width:960px;margin:0 auto;padding:16px;color:#4a4f57;font-size:.9rem}
`);

export type Page = { lang: PortalLanguage; title: string; path: string; body: SafeHtml };

export const wordsOf = (lang: PortalLanguage) => (key: PortalWord) => PORTAL_WORDS[key][lang];

/** A portal link keeping the page's language. */
export function portalHref(path: string, lang: PortalLanguage, query: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...query, ...(lang === 'en' ? { lang: 'en' } : {}) }).toString();
  return params ? `${path}?${params}` : path;
}

export function renderPage(page: Page): string {
  const t = wordsOf(page.lang);
  const other: PortalLanguage = page.lang === 'th' ? 'en' : 'th';
  return `<!doctype html>${html`<html lang="${page.lang}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${page.title} · ${t('siteName')}</title>
      <meta name="description" content="${t('tagline')}" />
      <style>
        ${STYLE}
      </style>
    </head>
    <body>
      <a class="skip" href="#main">${t('skip')}</a>
      <header>
        <a class="brand" href="${portalHref('/portal', page.lang)}">${t('siteName')}</a>
        <nav aria-label="${t('home')}">
          <ul>
            <li><a href="${portalHref('/portal', page.lang)}">${t('provinces')}</a></li>
            <li><a href="${portalHref('/portal/search', page.lang)}">${t('search')}</a></li>
            <li><a href="${portalHref('/portal/open-data', page.lang)}">${t('openData')}</a></li>
            <li><a href="${portalHref(page.path, other)}" lang="${other}">${t('language')}</a></li>
          </ul>
        </nav>
      </header>
      <main id="main">${page.body}</main>
      <footer>${t('tagline')}</footer>
    </body>
  </html>`}`;
}

/** A table with a header row; `numeric` columns align right. */
export function dataTable(
  caption: string,
  headers: string[],
  rows: HtmlValue[][],
  numeric: number[] = [],
): SafeHtml {
  return html`<div class="table">
    <table>
      <caption class="hint">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${headers.map((header) => html`<th scope="col">${header}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              ${row.map((cell, index) => (numeric.includes(index) ? html`<td class="num">${cell}</td>` : html`<td>${cell}</td>`))}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The portal's 404 page; here with the layout, so route modules beside the reads need no page view. */
export function notFoundView(lang: PortalLanguage): string {
  const t = wordsOf(lang);
  return renderPage({
    lang,
    title: t('notFound'),
    path: '/portal',
    body: html`<h1>${t('notFound')}</h1>
      <p><a href="${portalHref('/portal', lang)}">${t('home')}</a></p>`,
  });
}
