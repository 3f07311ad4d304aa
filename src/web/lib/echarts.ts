// Only the ECharts parts the workbench draws: bar and line charts on a canvas, with grid, axes, tooltip,
// legend and mark lines. Loaded on first use (a chart page), so the other pages do not wait for it.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, TitleComponent, CanvasRenderer]);

export { echarts };
