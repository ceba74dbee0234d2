/**
 * Keeps a cartesian chart's axis labels inside its grid box. ECharts 6 replaced
 * `grid.containLabel` (which now warns unless a legacy module is loaded) with these
 * two options; together they mean what `containLabel: true` meant.
 */
export const LABELS_INSIDE_GRID = Object.freeze({
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
});
