// An ECharts chart in a div: created on mount (its chunk loaded then), given each new option, resized with its
// box, disposed on unmount. A click on an item is reported with the item's name (a bar's region, a map's area).
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  label: string;
  onClick?: (name: string) => void;
}

export function Chart({ option, height = 360, label, onClick }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ECharts | null>(null);
  const clicked = useEffectEvent((name: string) => onClick?.(name));

  useEffect(() => {
    let live = true;
    let made: ECharts | null = null;
    let ro: ResizeObserver | null = null;
    import('./echarts').then(({ echarts }) => {
      if (!live || !box.current) return;
      made = echarts.init(box.current, null, { renderer: 'canvas' });
      made.on('click', (p) => {
        if (typeof p.name === 'string') clicked(p.name);
      });
      ro = new ResizeObserver(() => made?.resize());
      ro.observe(box.current);
      setChart(made);
    });
    return () => {
      live = false;
      ro?.disconnect();
      made?.dispose();
    };
  }, []);

  useEffect(() => {
    if (!chart || !box.current) return;
    chart.setOption(option, { notMerge: true });
    box.current.dataset.chartReady = 'true';
    if (performance.getEntriesByName('workreport:chart').length === 0) performance.mark('workreport:chart');
  }, [chart, option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} />;
}
