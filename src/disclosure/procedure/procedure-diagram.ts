// The published procedure as an SVG (事前公开 流程图): stages top to bottom, forward moves as
// arcs on the right, returns as arcs on the left. Generated from the stages list; no renderer.
import { escapeMarkup } from '../../common/text/escape-markup';
import type { PublicProcedure, PublicStage } from './public-procedure';

const BOX = { x: 240, w: 380, h: 54, gap: 24 };
const TOP = 84;
const WIDTH = BOX.x * 2 + BOX.w;
const FONT = `'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC',sans-serif`;

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const boxY = (i: number): number => TOP + i * (BOX.h + BOX.gap);

interface Edge {
  from: number;
  to: number;
  events: string[];
}

function edgesOf(stages: PublicStage[]): Edge[] {
  const index = new Map(stages.map((s, i) => [s.id, i]));
  const edges = new Map<string, Edge>();
  for (const [from, stage] of stages.entries()) {
    for (const act of stage.acts) {
      for (const target of act.leadsTo) {
        const to = index.get(target);
        if (to === undefined) continue;
        const key = `${from}>${to}`;
        const edge = edges.get(key) ?? { from, to, events: [] };
        edge.events.push(act.event);
        edges.set(key, edge);
      }
    }
  }
  return [...edges.values()];
}

function arc({ from, to, events }: Edge): string {
  const forward = to > from;
  const reach = Math.min(40 + 16 * Math.abs(to - from), BOX.x - 20);
  const x = forward ? BOX.x + BOX.w : BOX.x;
  const bend = forward ? x + reach : x - reach;
  const y1 = boxY(from) + BOX.h / 2 + (forward ? 8 : -8);
  const y2 = boxY(to) + BOX.h / 2 + (forward ? -8 : 8);
  const colour = forward ? '#2f6fb5' : '#b5562f';
  return (
    `<path d="M ${x} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x} ${y2}" fill="none" ` +
    `stroke="${colour}" stroke-width="1.4" marker-end="url(#arrow-${forward ? 'f' : 'b'})">` +
    `<title>${escapeMarkup(events.join(', '))}</title></path>`
  );
}

function box(stage: PublicStage, i: number): string {
  const y = boxY(i);
  const fill = stage.final ? '#f1f1f1' : '#ffffff';
  const dash = stage.final ? ' stroke-dasharray="5 3"' : '';
  const basis = stage.legalBasis.length ? stage.legalBasis.join('; ') : '—';
  return [
    `<g id="stage-${escapeMarkup(stage.id)}">`,
    `<rect x="${BOX.x}" y="${y}" width="${BOX.w}" height="${BOX.h}" rx="8" fill="${fill}" stroke="#333"${dash}/>`,
    `<text x="${BOX.x + 14}" y="${y + 22}" font-size="15" font-weight="bold">${escapeMarkup(
      `${i + 1}. ${stage.name}`,
    )}<tspan font-weight="normal" fill="#666" font-size="12"> ${escapeMarkup(stage.id)}</tspan></text>`,
    `<text x="${BOX.x + 14}" y="${y + 42}" font-size="11" fill="#444">${escapeMarkup(
      clip(`依据 ${basis}`, 62),
    )}</text>`,
    `<title>${escapeMarkup(stage.acts.map((a) => `${a.event} ${a.summary}`).join('\n'))}</title>`,
    `</g>`,
  ].join('');
}

const MARKERS = ['f', 'b']
  .map(
    (k) =>
      `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" ` +
      `orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${k === 'f' ? '#2f6fb5' : '#b5562f'}"/></marker>`,
  )
  .join('');

export function procedureSvg(p: PublicProcedure): string {
  const height = boxY(p.stages.length) + 30;
  const title = `${p.department} 行政处罚程序 (${p.machine.id} v${p.machine.version})`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" `,
    `viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeMarkup(FONT)}" role="img">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<defs>${MARKERS}</defs>`,
    `<rect width="100%" height="100%" fill="#fafafa"/>`,
    `<text x="${WIDTH / 2}" y="36" font-size="20" text-anchor="middle">${escapeMarkup(title)}</text>`,
    `<text x="${WIDTH / 2}" y="60" font-size="12" fill="#666" text-anchor="middle">`,
    `右侧蓝线：推进；左侧橙线：退回或回到前一阶段。悬停查看各环节与依据。</text>`,
    ...edgesOf(p.stages).map(arc),
    ...p.stages.map(box),
    `</svg>`,
  ].join('\n');
}
