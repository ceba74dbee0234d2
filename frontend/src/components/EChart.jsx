import { BarChart, LineChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';

import { forPhone, phoneHeight } from '@/components/phoneChart';
import { useIsPhone } from '@/components/useIsPhone';

// Only the pieces the screens draw, so the bundle carries no more of ECharts.
// Only lazily loaded screens import this module, so ECharts (about a megabyte)
// loads with them, not with the app.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * One ECharts chart that follows its option and the width of its box, in its
 * phone form on a phone. `label` names the chart for screen readers; the
 * figures themselves are also on the page.
 */
export function EChart({ option, label, height = 280 }) {
  const isPhone = useIsPhone();
  const shown = useMemo(() => (isPhone ? forPhone(option) : option), [isPhone, option]);
  const box = useRef(null);
  const chart = useRef(null);

  useEffect(() => {
    chart.current = echarts.init(box.current, null, { renderer: 'svg' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Not merged: a series or axis the new option lacks must go.
    chart.current?.setOption(shown, true);
  }, [shown]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      style={{ width: '100%', height: isPhone ? phoneHeight(option, height) : height }}
    />
  );
}
