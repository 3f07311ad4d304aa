// An ECharts chart in a div: created on mount, given each new option, resized with its box, disposed on unmount.
import { useEffect, useRef } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

export function Chart({ option, height = 360, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;

  useEffect(() => {
    let live = true;
    let ro: ResizeObserver | null = null;
    import('./echarts').then(({ echarts }) => {
      if (!live || !box.current) return;
      chart.current = echarts.init(box.current, null, { renderer: 'canvas' });
      chart.current.setOption(latest.current);
      ro = new ResizeObserver(() => chart.current?.resize());
      ro.observe(box.current);
      box.current.dataset.chartReady = 'true';
      if (performance.getEntriesByName('workreport:chart').length === 0) performance.mark('workreport:chart');
    });
    return () => {
      live = false;
      ro?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} />;
}
