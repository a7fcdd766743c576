import type { CardObject, ContainerStyle } from "./card-types.js";

/** One stretch of the bar: how many units, in what colour. */
export interface BarSegment {
  count: number;
  style: ContainerStyle;
}

/**
 * A progress bar Teams' 1.5 renderer can draw (it has no ProgressBar element): a ColumnSet of
 * empty coloured Columns whose relative widths are the counts, rounded to whole percent, never below 1.
 */
export function progressBar(segments: readonly BarSegment[], height = "10px"): CardObject {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.count), 0);
  const shown = total === 0 ? [{ count: 1, style: "emphasis" as const }] : segments.filter((s) => s.count > 0);
  const sum = shown.reduce((acc, s) => acc + s.count, 0);
  return {
    type: "ColumnSet",
    spacing: "medium",
    columns: shown.map((segment, i) => ({
      type: "Column",
      width: Math.max(1, Math.round((segment.count / sum) * 100)),
      style: segment.style,
      minHeight: height,
      spacing: i === 0 ? "default" : "none",
      items: [],
    })),
  };
}
