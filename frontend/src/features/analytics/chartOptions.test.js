import { describe, expect, it } from 'vitest';

import { barOption } from '@/features/analytics/chartOptions';

describe('analytics bar charts', () => {
  it('ticks counts with grouped digits and whole steps', () => {
    const option = barOption(['A'], [12345], { language: 'en' });

    expect(option.xAxis.axisLabel.formatter(12345.678901)).toBe('12,345.68');
    expect(option.xAxis.minInterval).toBe(1);
    expect(option.tooltip.valueFormatter(12345)).toBe('12,345');
  });

  it('plots shares as they are and ticks them as percentages up to 100%', () => {
    const option = barOption(['Card'], [0.1234], { language: 'zh', share: true });

    expect(option.series[0].data).toEqual([0.1234]);
    expect(option.xAxis.max).toBe(1);
    expect(option.xAxis.axisLabel.formatter(0.25)).toBe('25%');
    expect(option.tooltip.valueFormatter(0.1234)).toBe('12.3%');
  });
});
