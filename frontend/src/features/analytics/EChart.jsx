import { BarChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';

import { forPhone } from '@/components/phoneChart';
import { useIsPhone } from '@/components/useIsPhone';

// Only the pieces the screens draw, so the bundle carries no more of ECharts.
echarts.use([
  BarChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * An ECharts chart that follows its container's width. `label` names the
 * chart for screen readers; the figures themselves are also on the page.
 */
export function EChart({ option, label, height = 280 }) {
  const isPhone = useIsPhone();
  const shown = useMemo(() => (isPhone ? forPhone(option) : option), [isPhone, option]);
  const box = useRef(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption(shown);
    const resize = () => chart.resize();
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [shown]);

  return (
    <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
  );
}
