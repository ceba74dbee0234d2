import { describe, expect, it } from 'vitest';

import { forPhone } from '@/components/phoneChart';
import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

describe('charts on a phone', () => {
  it('name pie slices in a scrolling legend below, not by labels around it', () => {
    const option = forPhone({
      tooltip: { trigger: 'item' },
      series: [
        { type: 'pie', radius: ['40%', '70%'], data: [{ name: 'Silver', value: 3 }] },
      ],
    });

    expect(option.legend).toMatchObject({ type: 'scroll', bottom: 0 });
    expect(option.series[0].label).toEqual({ show: false });
    expect(option.series[0].data).toEqual([{ name: 'Silver', value: 3 }]);
  });

  it('thin value ticks and colliding category labels, and keep axis names inside', () => {
    const desk = {
      grid: { left: 40, right: 40, top: 16, bottom: 48 },
      legend: { data: ['Observed'] },
      xAxis: { type: 'category', data: ['a'], axisLabel: { interval: 0, rotate: 30 } },
      yAxis: [
        { type: 'value', name: 'CSAT' },
        { type: 'value', name: 'NPS' },
      ],
      series: [{ type: 'bar', data: [1] }],
    };
    const option = forPhone(desk);

    expect(option.yAxis.map((a) => a.splitNumber)).toEqual([3, 3]);
    expect(option.yAxis.map((a) => a.nameTextStyle.align)).toEqual(['left', 'right']);
    expect(option.xAxis.axisLabel).toMatchObject({
      interval: 'auto',
      hideOverlap: true,
    });
    expect(option.grid).toMatchObject({ bottom: 80, ...LABELS_INSIDE_GRID });
    expect(option.legend).toMatchObject({ bottom: 0, data: ['Observed'] });
    expect(desk.xAxis.axisLabel.interval).toBe(0);
  });

  it('leave an axis name set in the middle (below the axis) where it is', () => {
    const option = forPhone({
      xAxis: { type: 'value', name: 'Predicted', nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value' },
      legend: {},
      grid: { bottom: 40 },
      series: [],
    });

    expect(option.xAxis.nameTextStyle).toBeUndefined();
    // The legend moved below gets room under the axis name, not on top of it.
    expect(option.grid.bottom).toBe(72);
  });
});
