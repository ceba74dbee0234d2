import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

/**
 * An ECharts option reworked for a phone's width (375 px): what fits on a desk
 * overlaps or is cut there. The legend goes below the plot and scrolls; pie
 * slices are named in the legend, not by labels around the pie; value axes get
 * fewer ticks and category labels that would collide are left out; axis names
 * sit inside the plot's width. The desk's option is not changed.
 */
export function forPhone(option) {
  const pies = [option.series ?? []].flat().some((s) => s.type === 'pie');
  const legend = option.legend || pies ? phoneLegend(option.legend) : undefined;
  const phone = {
    ...option,
    series: [option.series ?? []].flat().map(phoneSeries),
  };
  if (legend) phone.legend = legend;
  if (option.grid || option.xAxis) phone.grid = phoneGrid(option.grid, Boolean(legend));
  if (option.xAxis) phone.xAxis = mapAxes(option.xAxis, phoneAxis);
  if (option.yAxis) phone.yAxis = mapAxes(option.yAxis, phoneAxis);
  return phone;
}

const LEGEND_ROOM = 32;

function phoneLegend(legend = {}) {
  return { ...legend, type: 'scroll', top: 'auto', bottom: 0, left: 'center' };
}

function phoneGrid(grid = {}, legendBelow) {
  const bottom = typeof grid.bottom === 'number' ? grid.bottom : 8;
  return {
    ...grid,
    left: 8,
    right: 8,
    top: Math.max(typeof grid.top === 'number' ? grid.top : 0, 28),
    bottom: legendBelow ? bottom + LEGEND_ROOM : bottom,
    ...LABELS_INSIDE_GRID,
  };
}

function phoneSeries(series) {
  if (series.type !== 'pie') return series;
  return {
    ...series,
    radius: ['35%', '60%'],
    center: ['50%', '42%'],
    label: { show: false },
    labelLine: { show: false },
  };
}

function mapAxes(axes, fn) {
  return Array.isArray(axes) ? axes.map((axis, i) => fn(axis, i)) : fn(axes, 0);
}

function phoneAxis(axis, index) {
  const axisLabel = { ...axis.axisLabel, hideOverlap: true };
  const phone = { ...axis, axisLabel };
  if (axis.type === 'value') phone.splitNumber = 3;
  if (axis.type === 'category') {
    // Every label forced (interval 0) collides at this width: let ECharts thin them.
    phone.axisLabel = {
      ...axisLabel,
      interval: 'auto',
      width: 72,
      overflow: 'truncate',
    };
  }
  if (axis.name && axis.nameLocation !== 'middle') {
    // A name above the axis's end is cut at the box's edge unless it is set
    // inward: left for the first axis, right for a second one on the right.
    phone.nameTextStyle = {
      ...axis.nameTextStyle,
      align: index === 0 ? 'left' : 'right',
    };
  }
  return phone;
}
