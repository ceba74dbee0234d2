/** ECharts options for the service dashboard, from the graph's figures. */

import { numberFormat } from '@/components/chartFormat';
import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

const AGE_ORDER = ['0-1', '1-3', '3-7', '7-15', '15+'];
const STATUS_ORDER = [
  'received',
  'acknowledged',
  'investigating',
  'escalated',
  'reopened',
];

const byOrder = (order) => (a, b) => order.indexOf(a.key) - order.indexOf(b.key);

export function barOption(counts, { order, label = (key) => key, language } = {}) {
  const sorted = order ? [...counts].sort(byOrder(order)) : counts;
  const count = numberFormat(language, { fractionDigits: 0 });
  return {
    tooltip: { trigger: 'axis', valueFormatter: count },
    grid: { left: 40, right: 12, top: 16, bottom: 40, ...LABELS_INSIDE_GRID },
    xAxis: {
      type: 'category',
      data: sorted.map((c) => label(c.key)),
      axisLabel: { interval: 0, rotate: sorted.length > 4 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: count } },
    series: [{ type: 'bar', data: sorted.map((c) => c.count) }],
  };
}

export function statusOption(counts, label, language) {
  return barOption(counts, { order: STATUS_ORDER, label, language });
}

export function ageOption(counts, label, language) {
  return barOption(counts, { order: AGE_ORDER, label, language });
}

export function channelOption(counts, label, language) {
  return {
    tooltip: { trigger: 'item', valueFormatter: numberFormat(language) },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: counts.map((c) => ({ name: label(c.key), value: c.count })),
      },
    ],
  };
}

/** CSAT (mean score, 1 to 5) and NPS (-100 to 100) per month on two axes. */
export function satisfactionOption(csat, nps, names, language) {
  const months = [...new Set([...csat, ...nps].map((row) => row.key))].sort();
  const value = (rows, field) =>
    months.map((m) => rows.find((r) => r.key === m)?.[field] ?? null);
  const score = numberFormat(language, { fractionDigits: 1 });
  return {
    tooltip: { trigger: 'axis', valueFormatter: score },
    legend: { bottom: 0 },
    grid: { left: 40, right: 40, top: 16, bottom: 48, ...LABELS_INSIDE_GRID },
    xAxis: { type: 'category', data: months.map((m) => m.slice(0, 7)) },
    yAxis: [
      {
        type: 'value',
        min: 1,
        max: 5,
        name: names.csat,
        axisLabel: { formatter: score },
      },
      {
        type: 'value',
        min: -100,
        max: 100,
        name: names.nps,
        axisLabel: { formatter: score },
      },
    ],
    series: [
      {
        type: 'line',
        name: names.csat,
        data: value(csat, 'average'),
        connectNulls: true,
      },
      {
        type: 'line',
        name: names.nps,
        yAxisIndex: 1,
        data: value(nps, 'nps'),
        connectNulls: true,
      },
    ],
  };
}
