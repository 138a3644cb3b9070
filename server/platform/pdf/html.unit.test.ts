import { describe, expect, it } from 'vitest';
import { BASE_CSS, htmlDocument } from './document.js';
import { escapeHtml, html, multiline, trustedHtml } from './html.js';
import { OFFICIAL_MARGINS, pageCss, withPageCss } from './render.js';

describe('escapeHtml', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&\``)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&#96;',
    );
  });

  it('leaves Thai text and marks untouched', () => {
    expect(escapeHtml('น้ำ ป้ำ ปั้น ผู้ใหญ่ ๒๕๖๙')).toBe('น้ำ ป้ำ ปั้น ผู้ใหญ่ ๒๕๖๙');
  });
});

describe('html template', () => {
  it('escapes interpolated strings but not the literal parts', () => {
    const name = '<script>alert(1)</script>';
    expect(html`<p class="x">${name}</p>`.value).toBe(
      '<p class="x">&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('escapes inside attribute values', () => {
    // prettier-ignore
    const cell = html`<td title="${'" onmouseover="x'}">`;
    expect(cell.value).toBe('<td title="&quot; onmouseover=&quot;x">');
  });

  it('nests templates without escaping them twice and joins arrays', () => {
    const rows = ['ก & ข', 'ค'].map((text) => html`<li>${text}</li>`);
    // prettier-ignore
    const list = html`<ul>${rows}</ul>`;
    expect(list.value).toBe('<ul><li>ก &amp; ข</li><li>ค</li></ul>');
  });

  it('renders numbers and bigints, and nothing for null, undefined and false', () => {
    expect(html`${1}|${2n}|${null}|${undefined}|${false}|${0}`.value).toBe('1|2||||0');
  });

  it('escapes each line of multi-line text and keeps the breaks', () => {
    expect(multiline('บรรทัด <1>\nบรรทัด 2').value).toBe('บรรทัด &lt;1&gt;<br>บรรทัด 2');
    expect(multiline(null).value).toBe('');
  });

  it('passes trusted markup through as is', () => {
    expect(html`${trustedHtml('<b>ok</b>')}`.value).toBe('<b>ok</b>');
  });
});

describe('htmlDocument', () => {
  const page = htmlDocument({ title: 'แผน <ทดสอบ>', body: html`<p>${'a<b'}</p>`, css: '.x{}' });

  it('is a Thai page with an escaped title, the body and the caller CSS', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="th">')).toBe(true);
    expect(page).toContain('<title>แผน &lt;ทดสอบ&gt;</title>');
    expect(page).toContain('<body><p>a&lt;b</p></body>');
    expect(page).toContain('.x{}');
  });

  it('embeds the Sarabun faces as data URLs, so no file or network access is needed', () => {
    const faces = page.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(4);
    expect(faces.every((face) => face.includes('src:url(data:font/ttf;base64,AAEAAA'))).toBe(true);
    expect(page).not.toMatch(/url\((?!data:)/);
  });

  it('sets the official body size and rows that do not split across pages', () => {
    expect(BASE_CSS).toMatch(/body \{[^}]*font-size: 16pt/);
    expect(BASE_CSS).toMatch(/tr \{ page-break-inside: avoid;/);
    expect(BASE_CSS).toMatch(/th, td \{ border: /);
  });
});

describe('page setup', () => {
  it('is A4 portrait with 2.5 cm left and 2 cm other margins by default', () => {
    expect(OFFICIAL_MARGINS).toEqual({ top: '2cm', right: '2cm', bottom: '2cm', left: '2.5cm' });
    expect(pageCss()).toContain('size: A4 portrait; margin: 2cm 2cm 2cm 2.5cm;');
    expect(pageCss()).not.toContain('counter(page');
  });

  it('numbers pages in Thai digits and can leave the cover unnumbered', () => {
    const css = pageCss({ pageNumbers: 'thai', skipFirstPageNumber: true, landscape: true });
    expect(css).toContain('size: A4 landscape');
    expect(css).toContain('content: counter(page, thai)');
    expect(css).toContain('@page :first { @bottom-center { content: none; } }');
    expect(pageCss({ pageNumbers: 'arabic' })).toContain('content: counter(page);');
  });

  it('refuses a margin that is not a CSS length', () => {
    expect(() => pageCss({ margins: { ...OFFICIAL_MARGINS, left: '1cm; } body { x' } })).toThrow(RangeError);
  });

  it('puts the page rule first in <head> so the document can add named pages, or before <body>, or first', () => {
    expect(withPageCss('<html><head lang="th"><style>a{}</style></head><body></body></html>', 'P')).toBe(
      '<html><head lang="th"><style>P</style><style>a{}</style></head><body></body></html>',
    );
    expect(withPageCss('<body class="x">b</body>', 'P')).toBe('<style>P</style><body class="x">b</body>');
    expect(withPageCss('<p>b</p>', 'P')).toBe('<style>P</style><p>b</p>');
  });
});
