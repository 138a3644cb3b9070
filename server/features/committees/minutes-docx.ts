import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { MinutesItem, MinutesOutline } from '../../../domain/committees/minutes.js';

/** The official layout's font (TH Sarabun New, 16 pt); Word and LibreOffice substitute when it is missing. */
const FONT = 'TH Sarabun New';
const SIZE = 32;
const CM = 567;

const line = (text: string, options: { bold?: boolean; center?: boolean; indent?: number } = {}) =>
  new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: options.indent ? { left: options.indent * CM } : undefined,
    children: [new TextRun({ text, bold: options.bold })],
  });

function itemParagraphs(item: MinutesItem): Paragraph[] {
  return [
    line(`${item.number} ${item.title}`, { bold: true }),
    ...(item.detail ? item.detail.split('\n').map((text) => line(text, { indent: 1 })) : []),
    ...(item.resolution
      ? [
          new Paragraph({
            indent: { left: CM },
            children: [
              new TextRun({ text: 'มติที่ประชุม ', bold: true }),
              new TextRun(`${item.resolution.label} ${item.resolution.text}`),
            ],
          }),
        ]
      : []),
    ...item.followUps.flatMap((followUp) => [
      line(followUp.text, { indent: 1 }),
      ...(followUp.dueDate ? [line(`ให้แล้วเสร็จภายใน ${followUp.dueDate}`, { indent: 1 })] : []),
    ]),
  ];
}

const people = (heading: string, names: string[]) =>
  names.length === 0
    ? []
    : [
        line(heading, { bold: true }),
        ...names.map((name, index) => line(`${index + 1}. ${name}`, { indent: 1 })),
      ];

/** The same minutes as the PDF, as a Word-compatible .docx the secretariat can still edit. */
export async function minutesDocx(outline: MinutesOutline): Promise<Buffer> {
  const document = new Document({
    title: `${outline.title} ${outline.meetingNo}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        properties: { page: { margin: { top: 2.5 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM } } },
        children: [
          ...[outline.title, outline.meetingNo, outline.date, outline.place]
            .filter((text) => text !== '')
            .map((text) => line(text, { bold: true, center: true })),
          ...people('ผู้มาประชุม', outline.present),
          ...people('ผู้ไม่มาประชุม', outline.absent),
          line(outline.quorum),
          ...(outline.opening ? [line(outline.opening)] : []),
          ...outline.sections.flatMap((section) => [
            line(section.title, { bold: true }),
            ...(section.items.length === 0
              ? [line('- ไม่มี -', { indent: 1 })]
              : section.items.flatMap(itemParagraphs)),
          ]),
          ...[
            '(ลงชื่อ) ..................................................',
            outline.secretary ? `(${outline.secretary})` : '',
            'ผู้จดรายงานการประชุม',
          ].map((text) => line(text, { indent: 8 })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
