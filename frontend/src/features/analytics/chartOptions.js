import { numberFormat, shareFormat } from '@/components/chartFormat';
import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

/** Bars of counts, or of shares (0 to 1) when `share`; ticks in the UI's format. */
export function barOption(names, values, { language, share = false }) {
  const format = share ? shareFormat(language) : numberFormat(language);
  return {
    tooltip: { trigger: 'axis', valueFormatter: format },
    grid: { left: 8, right: 16, top: 8, bottom: 8, ...LABELS_INSIDE_GRID },
    xAxis: {
      type: 'value',
      max: share ? 1 : undefined,
      minInterval: share ? undefined : 1,
      axisLabel: { formatter: format },
    },
    yAxis: { type: 'category', data: names, inverse: true },
    series: [{ type: 'bar', data: values, barMaxWidth: 24 }],
  };
}
