// The frame profile as grouped bars: per frame, the share of each source's statements that use
// it. Sources differ by colour AND texture (solid, stripes, dots, ...) and every bar carries its
// source's column number, so the chart reads in greyscale and in print. Screen readers get the
// same numbers from the table below it.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FrameDimension } from '../../engine/types';
import type { FrameRow } from './frame-data';
import type { PanelSource } from './panel-types';

// Okabe-Ito, in an order that keeps neighbouring bars apart in greyscale too.
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
const TEXTURES = ['solid', 'stripes', 'dots', 'cross', 'horizontal', 'vertical', 'checks'] as const;

export function patternId(index: number): string {
  return `frame-texture-${index}`;
}

/** One texture per source: a coloured tile with light marks over it. */
function Texture({ index }: { index: number }) {
  const colour = COLOURS[index % COLOURS.length];
  const texture = TEXTURES[index % TEXTURES.length];
  const ink = { stroke: '#ffffff', strokeWidth: 1.6 };
  return (
    <pattern id={patternId(index)} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={colour} />
      {texture === 'stripes' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...ink} />}
      {texture === 'dots' && <circle cx="4" cy="4" r="1.7" fill="#ffffff" />}
      {texture === 'cross' && <path d="M0,0 L8,8 M8,0 L0,8" {...ink} strokeWidth={1.2} />}
      {texture === 'horizontal' && <path d="M0,4 H8" {...ink} />}
      {texture === 'vertical' && <path d="M4,0 V8" {...ink} />}
      {texture === 'checks' && <rect width="4" height="4" fill="#ffffff" fillOpacity={0.7} />}
    </pattern>
  );
}

export function TextureSwatch({ index }: { index: number }) {
  return (
    <svg width="18" height="14" aria-hidden="true" className="texture-swatch">
      <rect width="18" height="14" fill={`url(#${patternId(index)})`} stroke="currentColor" strokeWidth="1" />
    </svg>
  );
}

/** A frame's name under its bars, wrapped onto two lines rather than cut. */
function FrameTick({ x = 0, y = 0, payload }: { x?: number | string; y?: number | string; payload?: { value?: unknown } }) {
  const lines: string[] = [];
  for (const word of String(payload?.value ?? '').split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length < 14) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return (
    <text x={x} y={y} textAnchor="middle" fill="var(--text)" fontSize={12}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 12 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

interface Props {
  rows: FrameRow[];
  sources: PanelSource[];
  onFrame: (frame: FrameDimension) => void;
}

export function FrameChart({ rows, sources, onFrame }: Props) {
  const height = 320;
  return (
    <>
      {/* Patterns live in their own SVG so that every chart and swatch on the page can use them. */}
      <svg width="0" height="0" className="texture-defs" aria-hidden="true" focusable="false">
        <defs>
          {sources.map((_, i) => (
            <Texture key={i} index={i} />
          ))}
        </defs>
      </svg>
      <div className="frame-chart" data-testid="frame-chart">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 900, height }}>
          <BarChart data={rows} margin={{ top: 22, right: 12, bottom: 8, left: 0 }} barCategoryGap="18%" accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="name" interval={0} tick={FrameTick} stroke="var(--muted)" height={48} />
            <YAxis unit="%" domain={[0, 100]} tick={{ fill: 'var(--text)', fontSize: 12 }} stroke="var(--muted)" width={48} />
            <Tooltip cursor={{ fill: 'var(--surface-2)' }} contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} formatter={(value) => `${String(value)}% of statements`} />
            {sources.map((source, i) => (
              <Bar
                key={source.id}
                dataKey={source.id}
                name={`${source.number}. ${source.name}`}
                fill={`url(#${patternId(i)})`}
                stroke="var(--text)"
                strokeWidth={1}
                isAnimationActive={false}
                cursor="pointer"
                onClick={(entry) => onFrame((entry.payload as FrameRow).frame)}
              >
                <LabelList dataKey={source.id} position="top" fill="var(--text)" fontSize={11} formatter={(value) => (Number(value) > 0 ? String(source.number) : '')} />
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
