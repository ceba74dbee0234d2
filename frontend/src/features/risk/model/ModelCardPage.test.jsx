import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { calibrationOption, importanceOption } from '@/features/risk/model/charts';
import { renderApp } from '@/test/renderApp';

// jsdom lays nothing out and has no canvas: stand in for the chart, keep its option.
vi.mock('@/components/EChart', () => ({
  EChart: ({ option, label }) => (
    <div
      role="img"
      aria-label={label}
      data-series={JSON.stringify(option.series[0].data)}
    />
  ),
}));

const bin = (i) => ({
  __typename: 'CalibrationBin',
  meanPd: i / 20,
  badRate: i / 19,
  rows: 100,
});

function card(overrides = {}) {
  return {
    __typename: 'ModelCard',
    kind: 'credit-credit_scoring',
    version: 'v0001',
    dataset: 'credit_scoring',
    algorithm: 'scorecard',
    createdAt: '2026-12-04T17:00:00Z',
    auc: 0.8542,
    ks: 0.563,
    brier: 0.135,
    calibrationError: 0.0412,
    trainRows: 3340,
    testRows: 1114,
    badRate: 0.28,
    choice: {
      __typename: 'ModelChoice',
      code: 'HIGHEST_AUC',
      passedOver: null,
      passedOverCalibrationError: null,
      bestCalibrationError: null,
    },
    customers: 4454,
    scorePsi: 0.01,
    warnAt: 0.25,
    calibration: Array.from({ length: 10 }, (_, i) => bin(i + 1)),
    importance: [
      {
        __typename: 'FactorImportance',
        input: 'Seniority',
        en: 'Years with current employer',
        zh: '现单位工作年限',
        importance: 0.41,
      },
    ],
    stability: [
      {
        __typename: 'InputStability',
        input: 'Income',
        en: 'Monthly income',
        zh: '月收入',
        psi: 0.31,
        warning: true,
      },
      {
        __typename: 'InputStability',
        input: 'Age',
        en: 'Age',
        zh: '年龄',
        psi: 0.02,
        warning: false,
      },
    ],
    ...overrides,
  };
}

describe('model card', () => {
  it('shows the figures, the charts and the drifted inputs', async () => {
    renderApp('/risk/model', {
      handlers: { ModelCard: () => ({ data: { modelCard: card() } }) },
    });

    expect(await screen.findByText('0.854')).toBeInTheDocument();
    expect(screen.getByText('0.563')).toBeInTheDocument();
    const calibration = screen.getByRole('img', { name: 'Calibration' });
    expect(JSON.parse(calibration.dataset.series)).toHaveLength(10);
    expect(screen.getByRole('img', { name: 'Factor importance' })).toBeInTheDocument();
    expect(screen.getByText('Monthly income')).toBeInTheDocument();
    expect(screen.getAllByText('Drifted')).toHaveLength(1);
    expect(
      screen.getByText(
        "1 input drifted past PSI 0.25: the model's figures may no longer hold.",
      ),
    ).toBeInTheDocument();
  });

  it.each([
    ['en', '120,000 / 30,000', '28.3%'],
    ['zh', '120,000 / 30,000', '28.3%'],
  ])(
    'writes the figures in the UI locale’s number format (%s)',
    async (language, rows, bad) => {
      renderApp('/risk/model', {
        language,
        handlers: {
          ModelCard: () => ({
            data: {
              modelCard: card({ trainRows: 120000, testRows: 30000, badRate: 0.2834 }),
            },
          }),
        },
      });

      expect(await screen.findByText(rows)).toBeInTheDocument();
      expect(screen.getByText(bad)).toBeInTheDocument();
      expect(screen.getByText('0.854')).toBeInTheDocument();
      expect(screen.getByText('0.310')).toBeInTheDocument(); // PSI, three decimals
    },
  );

  it('names the algorithm in Chinese', async () => {
    renderApp('/risk/model', {
      language: 'zh',
      handlers: { ModelCard: () => ({ data: { modelCard: card() } }) },
    });

    expect(await screen.findByText('评分卡（样条逻辑回归）')).toBeInTheDocument();
    expect(screen.queryByText('scorecard')).not.toBeInTheDocument();
  });

  it('says why the algorithm was chosen', async () => {
    renderApp('/risk/model', {
      handlers: { ModelCard: () => ({ data: { modelCard: card() } }) },
    });

    expect(
      await screen.findByText(
        'Chosen for the highest AUC on held-out data, with its calibration within tolerance.',
      ),
    ).toBeInTheDocument();
  });

  const passedOver = {
    __typename: 'ModelChoice',
    code: 'BETTER_CALIBRATED',
    passedOver: 'boosted',
    passedOverCalibrationError: 0.06431,
    bestCalibrationError: 0.0212,
  };

  it.each([
    [
      'en',
      'Chosen for its calibration: Gradient-boosted trees had a higher AUC ' +
        'but a calibration error of 0.064 against 0.021.',
    ],
    [
      'zh',
      '选用理由：校准更好。梯度提升树的 AUC 更高，但其校准误差为 0.064，最佳为 0.021。',
    ],
  ])(
    'says in %s which better candidate was passed over, and why',
    async (language, text) => {
      renderApp('/risk/model', {
        language,
        handlers: {
          ModelCard: () => ({ data: { modelCard: card({ choice: passedOver }) } }),
        },
      });

      expect(await screen.findByText(text)).toBeInTheDocument();
    },
  );

  it('shows an algorithm it has no words for under its key', async () => {
    renderApp('/risk/model', {
      handlers: {
        ModelCard: () => ({ data: { modelCard: card({ algorithm: 'forest' }) } }),
      },
    });

    expect(await screen.findByText('forest')).toBeInTheDocument();
  });

  it('says so when no model exists for the data set', async () => {
    renderApp('/risk/model', {
      handlers: { ModelCard: () => ({ data: { modelCard: null } }) },
    });

    expect(
      await screen.findByText('No model for this data set yet'),
    ).toBeInTheDocument();
  });
});

describe('calibration chart', () => {
  it('plots observed bad rate against predicted PD beside the diagonal', () => {
    const option = calibrationOption(card().calibration, {
      observed: 'Observed',
      perfect: 'Perfect',
      predicted: 'Predicted',
      observedAxis: 'Bad rate',
    });

    expect(option.series[0].data[0]).toEqual([0.05, 1 / 19]);
    expect(option.series[1].data[1][0]).toBeCloseTo((10 / 19) * 1.05);
  });

  it('ticks both axes as percentages, the odd top value too', () => {
    const labels = { observed: 'O', perfect: 'P', predicted: 'X', observedAxis: 'Y' };
    const option = calibrationOption(card().calibration, labels, 'en');

    expect(option.yAxis.axisLabel.formatter(option.yAxis.max)).toBe('55.3%');
    expect(option.xAxis.axisLabel.formatter(0.1)).toBe('10%');
    expect(option.tooltip.valueFormatter([0.05, 0.0526])).toBe('5% → 5.3%');
  });
});

describe('importance chart', () => {
  it('ticks importance with at most three decimals in the UI language', () => {
    const option = importanceOption(card().importance, 'zh');

    expect(option.yAxis.data).toEqual(['现单位工作年限']);
    expect(option.xAxis.axisLabel.formatter(0.123456)).toBe('0.123');
  });
});
