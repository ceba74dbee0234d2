/** ECharts options of the model card, built from the graph's figures. */

export function calibrationOption(bins, labels) {
  const points = bins.map((b) => [b.meanPd, b.badRate]);
  const top = Math.max(0.05, ...bins.flatMap((b) => [b.meanPd, b.badRate])) * 1.05;
  return {
    tooltip: { trigger: 'item' },
    legend: { data: [labels.observed, labels.perfect] },
    grid: { left: 48, right: 16, top: 40, bottom: 40 },
    xAxis: {
      type: 'value',
      name: labels.predicted,
      max: top,
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: { type: 'value', name: labels.observedAxis, max: top },
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
  return {
    tooltip: { trigger: 'axis' },
    // ECharts 6 keeps axis labels inside the box by itself (grid.outerBounds).
    grid: { left: 8, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value' },
    yAxis: {
      type: 'category',
      data: top.map((i) => (language === 'zh' ? i.zh : i.en)),
    },
    series: [{ type: 'bar', data: top.map((i) => Number(i.importance.toFixed(4))) }],
  };
}
