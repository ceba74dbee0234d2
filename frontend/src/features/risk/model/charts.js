/** ECharts options of the model card, built from the graph's figures. */

import { numberFormat, shareFormat } from '@/components/chartFormat';

export function calibrationOption(bins, labels, language) {
  const points = bins.map((b) => [b.meanPd, b.badRate]);
  const top = Math.max(0.05, ...bins.flatMap((b) => [b.meanPd, b.badRate])) * 1.05;
  // Both axes are shares; the top tick is `top` itself, an arbitrary float.
  const share = shareFormat(language);
  return {
    tooltip: {
      trigger: 'item',
      valueFormatter: (value) => [value].flat().map(share).join(' → '),
    },
    legend: { data: [labels.observed, labels.perfect] },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: {
      type: 'value',
      name: labels.predicted,
      max: top,
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: share },
    },
    yAxis: {
      type: 'value',
      name: labels.observedAxis,
      max: top,
      axisLabel: { formatter: share },
    },
    series: [
      { name: labels.observed, type: 'line', data: points, symbolSize: 8 },
      {
        name: labels.perfect,
        type: 'line',
        data: [
          [0, 0],
          [top, top],
        ],
        symbol: 'none',
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

export function importanceOption(importance, language) {
  const top = importance.slice(0, 10).reverse();
  const number = numberFormat(language, { fractionDigits: 3 });
  return {
    tooltip: { trigger: 'axis', valueFormatter: number },
    // ECharts 6 keeps axis labels inside the box by itself (grid.outerBounds).
    grid: { left: 8, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', axisLabel: { formatter: number } },
    yAxis: {
      type: 'category',
      data: top.map((i) => (language === 'zh' ? i.zh : i.en)),
    },
    series: [{ type: 'bar', data: top.map((i) => Number(i.importance.toFixed(4))) }],
  };
}
