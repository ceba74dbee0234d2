import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';

import { forPhone } from '@/components/phoneChart';
import { useIsPhone } from '@/components/useIsPhone';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** One ECharts chart that follows its option and the width of its box. */
export function EChart({ option, height = 320, label }) {
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
    chart.current?.setOption(shown, true);
  }, [shown]);

  return (
    <div ref={box} role="img" aria-label={label} style={{ width: '100%', height }} />
  );
}
