// npm run templates: writes templates/<type>.docx from scripts/templates/template-specs.ts with
// the `docx` library (no hand-written OOXML). A4, Noto Serif CJK SC (Debian fonts-noto-cjk), the
// 文书 layout: bureau and title centred, the 文号 on the right, body indented two characters.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { DOCUMENT_TYPE_INFO, DOCUMENT_TYPES, templateFile } from '../src/documents/document-types';
import { TEMPLATE_SPECS, type Block, type TemplateSpec } from './templates/template-specs';

const FONT = 'Noto Serif CJK SC';
const BODY = 28; // half-points: 14 pt (四号)
const TITLE = 40; // 20 pt (二号)
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

function para(
  text: string,
  o: { align?: keyof typeof ALIGN; bold?: boolean; indent?: boolean; size?: number } = {},
) {
  return new Paragraph({
    alignment: ALIGN[o.align ?? 'left'],
    indent: o.indent === false ? undefined : { firstLine: 2 * BODY * 10 },
    spacing: { line: 400, after: 60 },
    children: [new TextRun({ text, bold: o.bold, size: o.size ?? BODY, font: FONT })],
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const cell = (text: string, width: number, bold = false) =>
  new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
    children: [para(text, { indent: false, bold, size: 24 })],
  });

function form(rows: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      ([label, value]) => new TableRow({ children: [cell(label, 28, true), cell(value, 72)] }),
    ),
  });
}

function rows(r: { loop: string; headers: string[]; cells: string[] }): Table {
  const width = Math.floor(100 / r.headers.length);
  const cells = r.cells.map((c, i) => {
    const first = i === 0 ? `{#${r.loop}}` : '';
    const last = i === r.cells.length - 1 ? `{/${r.loop}}` : '';
    return cell(`${first}${c}${last}`, width);
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: r.headers.map((h) => cell(h, width, true)) }),
      new TableRow({ children: cells }),
    ],
  });
}

function block(b: Block): Paragraph | Table {
  if (typeof b === 'string') return para(b);
  if ('form' in b) return form(b.form);
  if ('rows' in b) return rows(b.rows);
  return para(b.p, b);
}

function build(title: string, spec: TemplateSpec): Document {
  const head = spec.ownHeading
    ? []
    : [
        para('{bureau}', { align: 'center', bold: true, indent: false, size: TITLE }),
        para(title, { align: 'center', bold: true, indent: false, size: TITLE }),
      ];
  const number = spec.numberLine ? [para(spec.numberLine, { align: 'right', indent: false })] : [];
  const foot = spec.signed
    ? [
        para(' ', { indent: false }),
        para('{bureau}', { align: 'right', indent: false }),
        para('（印章）', { align: 'right', indent: false }),
        para('{date}', { align: 'right', indent: false }),
      ]
    : [];
  return new Document({
    creator: 'zhifa',
    title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          // A4 with the 公文 margins (GB/T 9704: 37 mm top, 28 mm left).
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children: [...head, ...number, ...spec.blocks.map(block), ...foot],
      },
    ],
  });
}

async function main(): Promise<void> {
  const dir = join(__dirname, '..', '..', 'templates');
  mkdirSync(dir, { recursive: true });
  for (const type of DOCUMENT_TYPES) {
    const doc = build(DOCUMENT_TYPE_INFO[type].title, TEMPLATE_SPECS[type]);
    writeFileSync(join(dir, templateFile(type)), await Packer.toBuffer(doc));
    console.log(`templates/${templateFile(type)}`);
  }
}

void main();
