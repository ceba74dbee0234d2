import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { numberFormat } from '@/components/chartFormat';
import { useLanguage } from '@/components/useLanguage';
import { EChart } from '@/components/EChart';
import { LABELS_INSIDE_GRID } from '@/components/chartGrid';

/**
 * Members beside the whole base, feature by feature, as an index: 100 is
 * the base's mean, 200 twice it. Features the base lacks are left out.
 */
export function SegmentProfileChart({ figures, title }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const option = useMemo(() => {
    const shown = figures.filter((f) => f.base && f.value !== null);
    const index = numberFormat(language, { fractionDigits: 0 });
    return {
      tooltip: { trigger: 'axis', valueFormatter: index },
      grid: { left: 8, right: 16, top: 8, bottom: 8, ...LABELS_INSIDE_GRID },
      xAxis: { type: 'value', axisLabel: { formatter: index } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map((f) =>
          t(`segments.fields.${f.feature}`, { defaultValue: f.feature }),
        ),
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 18,
          data: shown.map((f) => Math.round((f.value / f.base) * 100)),
          markLine: { silent: true, data: [{ xAxis: 100 }] },
        },
      ],
    };
  }, [figures, t, language]);
  return <EChart option={option} label={title} height={360} />;
}
