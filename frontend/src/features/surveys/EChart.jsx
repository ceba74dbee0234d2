import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';

import { forPhone } from '@/components/phoneChart';
import { useIsPhone } from '@/components/useIsPhone';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** An ECharts chart that follows its container's width (phone or desktop). */
export function EChart({ option, height = 260, label }) {
  const isPhone = useIsPhone();
  const shown = useMemo(() => (isPhone ? forPhone(option) : option), [isPhone, option]);
  const element = useRef(null);
  const chart = useRef(null);

  useEffect(() => {
    chart.current = echarts.init(element.current);
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      chart.current.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(shown, true);
  }, [shown]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ width: '100%', height }}
    />
  );
}
