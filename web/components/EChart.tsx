import type { ComposeOption, ECElementEvent, ECharts } from 'echarts/core';
import type {
  BarSeriesOption,
  GeoComponentOption,
  GridComponentOption,
  LegendComponentOption,
  LineSeriesOption,
  MapSeriesOption,
  ScatterSeriesOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts';
import { useEffect, useRef, type CSSProperties } from 'react';
import { echarts } from './echarts.js';

export type EChartOption = ComposeOption<
  | MapSeriesOption
  | ScatterSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | GeoComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export interface EChartProps {
  option: EChartOption;
  onClick?: (event: ECElementEvent) => void;
  className?: string;
  style?: CSSProperties;
  testId?: string;
}

/** Minimal ECharts host: one instance per mount, resized with its container. */
export function EChart({ option, onClick, className, style, testId }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) {
      return undefined;
    }
    const chart = echarts.init(container);
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !onClick) {
      return undefined;
    }
    chart.on('click', onClick);
    return () => {
      if (!chart.isDisposed()) {
        chart.off('click', onClick);
      }
    };
  }, [onClick]);

  return <div ref={containerRef} className={className} style={style} data-testid={testId} />;
}
