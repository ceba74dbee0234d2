import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

/**
 * An ECharts option reworked for a phone's width (375 px): what fits on a desk
 * overlaps or is cut there. Bar charts turn horizontal with each category's
 * name and value written above its bar (no axis label to cut or to drop); the
 * legend goes below the plot and scrolls; pie slices are named, with their
 * values, in the legend, not by labels around the pie; value axes get fewer
 * ticks; axis names sit inside the plot's width. The desk's option is not
 * changed.
 */
export function forPhone(option) {
  const bars = barCategories(option);
  if (bars) return barsForPhone(option, bars);
  const pies = [option.series ?? []].flat().filter((s) => s.type === 'pie');
  const legend =
    option.legend || pies.length ? phoneLegend(option.legend, pies, option) : undefined;
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

/** Room one bar needs on a phone: its name and value above it, then the bar. */
export const PHONE_BAR_ROW = 44;

/**
 * The height a chart needs on a phone: a horizontal bar chart grows with its
 * categories so that each name fits above its bar; others keep `height`.
 */
export function phoneHeight(option, height) {
  const bars = barCategories(option);
  return bars ? Math.max(height, bars.axis.data.length * PHONE_BAR_ROW + 32) : height;
}

/**
 * A chart of bars along one category axis (either way round): that axis, the
 * value axis and which of the two is x; null for any other chart.
 */
function barCategories(option) {
  const series = [option.series ?? []].flat();
  const single = (axis) => axis && !Array.isArray(axis);
  if (!series.length || series.some((s) => s.type !== 'bar')) return null;
  if (!single(option.xAxis) || !single(option.yAxis)) return null;
  if (option.yAxis.type === 'category' && option.xAxis.type === 'value') {
    return { axis: option.yAxis, value: option.xAxis };
  }
  if (option.xAxis.type === 'category' && option.yAxis.type !== 'category') {
    return { axis: option.xAxis, value: option.yAxis };
  }
  return null;
}

function valueFormatter(option, series) {
  return (
    series?.tooltip?.valueFormatter ??
    option.tooltip?.valueFormatter ??
    ((value) => String(value))
  );
}

function barsForPhone(option, { axis, value }) {
  const format = value.axisLabel?.formatter;
  const show = typeof format === 'function' ? format : valueFormatter(option);
  return {
    ...option,
    grid: { left: 8, right: 8, top: 20, bottom: 8, ...LABELS_INSIDE_GRID },
    yAxis: {
      ...axis,
      inverse: true,
      axisLabel: { show: false },
      axisTick: { show: false },
    },
    xAxis: {
      ...value,
      splitNumber: 3,
      axisLabel: { ...value.axisLabel, hideOverlap: true },
    },
    series: [option.series].flat().map((series) => ({
      ...series,
      barMaxWidth: 16,
      // The category's name and value, in full, on the line above its bar.
      label: {
        show: true,
        position: [0, -16],
        align: 'left',
        formatter: (p) => `${p.name} · ${show(p.value)}`,
      },
    })),
  };
}

function phoneLegend(legend = {}, pies = [], option = {}) {
  const phone = { ...legend, type: 'scroll', top: 'auto', bottom: 0, left: 'center' };
  if (pies.length && !legend.formatter) {
    // The slices carry no labels on a phone: the legend gives each its number.
    const values = new Map();
    for (const pie of pies) {
      const format = valueFormatter(option, pie);
      for (const item of pie.data ?? []) {
        if (item && typeof item === 'object') values.set(item.name, format(item.value));
      }
    }
    phone.formatter = (name) =>
      values.has(name) ? `${name}: ${values.get(name)}` : name;
    // With its numbers a legend is too wide for one line: it wraps rather than
    // hiding names behind a scroll arrow.
    phone.type = 'plain';
  }
  return phone;
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
    radius: ['30%', '55%'],
    center: ['50%', '40%'],
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
