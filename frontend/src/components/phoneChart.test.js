import { describe, expect, it } from 'vitest';

import { forPhone, phoneHeight } from '@/components/phoneChart';
import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

describe('charts on a phone', () => {
  it('name pie slices in a wrapping legend below, not by labels around it', () => {
    const option = forPhone({
      tooltip: { trigger: 'item' },
      series: [
        { type: 'pie', radius: ['40%', '70%'], data: [{ name: 'Silver', value: 3 }] },
      ],
    });

    expect(option.legend).toMatchObject({ type: 'plain', bottom: 0 });
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

  it('give each pie slice its number in the legend', () => {
    const option = forPhone({
      tooltip: { trigger: 'item', valueFormatter: (v) => `${v} people` },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          data: [
            { name: 'Gold', value: 12 },
            { name: 'Silver', value: 30 },
          ],
        },
      ],
    });

    expect(option.legend.formatter('Gold')).toBe('Gold: 12 people');
    expect(option.legend.formatter('Silver')).toBe('Silver: 30 people');
  });

  it('write a horizontal bar’s whole name and value above it, not on the axis', () => {
    const desk = {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', axisLabel: { formatter: (v) => `${v * 100}%` } },
      yAxis: {
        type: 'category',
        data: ['No loan · cautious savers', 'Large deposits'],
      },
      series: [{ type: 'bar', data: [0.25, 0.5] }],
    };
    const option = forPhone(desk);

    expect(option.yAxis.axisLabel.show).toBe(false);
    const { label } = option.series[0];
    expect(label.show).toBe(true);
    expect(label.formatter({ name: 'No loan · cautious savers', value: 0.25 })).toBe(
      'No loan · cautious savers · 25%',
    );
    expect(desk.yAxis.axisLabel).toBeUndefined();
    expect(phoneHeight(desk, 100)).toBe(2 * 44 + 32);
    expect(phoneHeight(desk, 280)).toBe(280);
  });

  it('turn vertical bars horizontal so that no category name is dropped', () => {
    const desk = {
      tooltip: { trigger: 'axis', valueFormatter: (v) => `n=${v}` },
      xAxis: {
        type: 'category',
        data: ['Received', 'Investigating', 'Escalated'],
        axisLabel: { interval: 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: [3, 1, 2] }],
    };
    const option = forPhone(desk);

    expect(option.xAxis).toMatchObject({ type: 'value', minInterval: 1 });
    expect(option.yAxis).toMatchObject({
      type: 'category',
      data: ['Received', 'Investigating', 'Escalated'],
      inverse: true,
    });
    const names = option.yAxis.data.map((name, i) =>
      option.series[0].label.formatter({ name, value: desk.series[0].data[i] }),
    );
    expect(names).toEqual(['Received · n=3', 'Investigating · n=1', 'Escalated · n=2']);
    expect(desk.xAxis.type).toBe('category');
  });

  it('leave a line chart on its category axis', () => {
    const option = forPhone({
      xAxis: { type: 'category', data: ['2026-01'] },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: [1] }],
    });
    expect(option.xAxis.type).toBe('category');
    expect(option.series[0].label).toBeUndefined();
  });
});
