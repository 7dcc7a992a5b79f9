/**
 * A horizontal bar chart drawn on the server as SVG (no script, no chart library): each bar
 * carries its label and its figure as text, so colour is never the only carrier, and the same
 * figures stand in a table beside it (the chart itself is one image with a text alternative).
 */
export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** The figure as shown (e.g. "<5", "12 (40%)"); by default the value. */
  display?: string;
}

const ROW = 28;
const LABEL_W = 180;
const BAR_W = 300;
const VALUE_W = 90;

export function BarChart({ id, title, rows }: { id: string; title: string; rows: ChartRow[] }) {
  if (!rows.length) return null;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * ROW + 8;
  const width = LABEL_W + BAR_W + VALUE_W;
  const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${width} ${height}`}
      className="mt-3 h-auto w-full max-w-2xl"
      data-testid={`${id}-chart`}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={`${id}-title`}>{title}</title>
      {rows.map((r, i) => {
        const y = 4 + i * ROW;
        const w = Math.round((r.value / max) * BAR_W);
        return (
          <g key={r.key}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="13" fill="#1e293b">
              {short(r.label)}
            </text>
            <rect x={LABEL_W} y={y + 4} width={Math.max(w, r.value > 0 ? 2 : 0)} height={ROW - 10} rx="3" fill="#00528c" />
            <text x={LABEL_W + Math.max(w, 0) + 6} y={y + ROW / 2 + 4} fontSize="13" fill="#1e293b">
              {r.display ?? String(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
