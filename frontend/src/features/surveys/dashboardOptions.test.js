import { describe, expect, it } from 'vitest';

import {
  ageOption,
  channelOption,
  satisfactionOption,
} from '@/features/surveys/dashboardOptions';

describe('service dashboard options', () => {
  it('orders age buckets from the youngest', () => {
    const option = ageOption(
      [
        { key: '15+', count: 4 },
        { key: '0-1', count: 2 },
        { key: '3-7', count: 1 },
      ],
      (key) => `${key} d`,
    );
    expect(option.xAxis.data).toEqual(['0-1 d', '3-7 d', '15+ d']);
    expect(option.series[0].data).toEqual([2, 1, 4]);
  });

  it('lines CSAT and NPS up by month, gaps as null', () => {
    const option = satisfactionOption(
      [{ key: '2026-10-01', average: 4.2 }],
      [
        { key: '2026-10-01', nps: 12.5 },
        { key: '2026-11-01', nps: -3 },
      ],
      { csat: 'CSAT', nps: 'NPS' },
    );
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11']);
    expect(option.series[0].data).toEqual([4.2, null]);
    expect(option.series[1].data).toEqual([12.5, -3]);
  });

  it('labels the axes in the UI language, never with raw floats', () => {
    const counts = ageOption([{ key: '0-1', count: 12345 }], (key) => key, 'zh');
    expect(counts.yAxis.axisLabel.formatter(12345)).toBe('12,345');
    expect(counts.tooltip.valueFormatter(2.5)).toBe('3');

    const lines = satisfactionOption([], [], { csat: 'CSAT', nps: 'NPS' }, 'en');
    expect(lines.yAxis[0].axisLabel.formatter(4.123456)).toBe('4.1');
    expect(lines.yAxis[1].axisLabel.formatter(-12.5)).toBe('-12.5');
    expect(lines.tooltip.valueFormatter(null)).toBe('—');

    const pie = channelOption([{ key: 'PHONE', count: 1500 }], (key) => key, 'en');
    expect(pie.tooltip.valueFormatter(1500)).toBe('1,500');
  });
});
