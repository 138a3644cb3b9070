import { describe, expect, it } from 'vitest';
import { contentDisposition, safeFileName } from '../../../platform/files/stored-files.js';
import { areaDisplayName } from './load.js';

describe('download names', () => {
  it('keeps a Thai file name with RFC 5987 and gives old clients an ASCII one', () => {
    expect(contentDisposition('แผนพัฒนา (ทบทวน) 2569.pdf')).toBe(
      `attachment; filename="2569.pdf"; filename*=UTF-8''${encodeURIComponent('แผนพัฒนา')}%20%28${encodeURIComponent('ทบทวน')}%29%202569.pdf`,
    );
    expect(contentDisposition('ตัวชี้วัด.xlsx')).toBe(
      `attachment; filename="download.xlsx"; filename*=UTF-8''${encodeURIComponent('ตัวชี้วัด')}.xlsx`,
    );
    expect(contentDisposition('a"b\r\n.pdf')).toMatch(
      /^attachment; filename="a-b.pdf"; filename\*=UTF-8''a%22b%0D%0A.pdf$/,
    );
  });

  it('drops path separators and control characters from stored names', () => {
    expect(safeFileName('แผน 2566/2570: ฉบับ\n1.pdf')).toBe('แผน 2566-2570- ฉบับ-1.pdf');
  });
});

describe('area names in documents', () => {
  it('writes จังหวัด/อำเภอ/ตำบล, and Bangkok as กรุงเทพมหานคร/เขต/แขวง', () => {
    expect(areaDisplayName('province', '30', 'นครราชสีมา')).toBe('จังหวัดนครราชสีมา');
    expect(areaDisplayName('district', '3001', 'เมืองนครราชสีมา')).toBe('อำเภอเมืองนครราชสีมา');
    expect(areaDisplayName('subdistrict', '300101', 'ในเมือง')).toBe('ตำบลในเมือง');
    expect(areaDisplayName('province', '10', 'กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
    expect(areaDisplayName('district', '1001', 'พระนคร')).toBe('เขตพระนคร');
    expect(areaDisplayName('village', '30010101', 'บ้านหนองบัว')).toBe('บ้านหนองบัว');
  });
});
