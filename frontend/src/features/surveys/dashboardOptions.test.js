import { describe, expect, it } from 'vitest';

import { ageOption, satisfactionOption } from '@/features/surveys/dashboardOptions';

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
});
