import { describe, expect, it } from 'vitest';
import { withWordBreaks } from './word-breaks.js';

describe('word breaks in a PDF page', () => {
  it('wraps each Thai word whole and lets the line break only after it', () => {
    expect(withWordBreaks('<html><body><p>ด้านโลจิสติกส์</p></body></html>')).toBe(
      '<html><body><p><span class="w">ด้าน</span><wbr><span class="w">โลจิสติกส์</span><wbr></p></body></html>',
    );
  });

  it('leaves the head, attributes, entities and Latin text alone', () => {
    const page =
      '<html><head><style>td > p { color: red }</style><title>แผน</title></head>' +
      '<body><p title="แผน &gt; งาน">A &amp; B</p></body></html>';
    expect(withWordBreaks(page)).toBe(page);
  });

  it('returns a fragment without a body unchanged', () => {
    expect(withWordBreaks('<p>แผนพัฒนา</p>')).toBe('<p>แผนพัฒนา</p>');
  });
});
