// Every chart comes from Observable Plot. Plot adds a <style> element to each chart; the page's CSP
// allows only its stylesheet, so the chart's <style> is taken out before the chart joins the page (a
// style element is checked against the CSP only once it is in the document), and media/pictures.css
// holds the same rules for the class every chart gets.
import * as Plot from '@observablehq/plot';

export const CHART_CLASS = 'pic-chart';

export function chart(options: Plot.PlotOptions, label: string): SVGSVGElement {
  const svg = Plot.plot({ ...options, className: CHART_CLASS, ariaLabel: label }) as SVGSVGElement;
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  svg.setAttribute('role', 'group');
  return svg;
}

export { Plot };
