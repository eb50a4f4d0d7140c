// Ties each SVG element Plot draws to its datum, through Plot's render option: d3 keeps the datum's index
// on the element, so a mark can carry its class, its state and the line it opens.
import type { RenderFunction } from '@observablehq/plot';
import type { PictureLocation } from '../../core/pictures/pictureData';

/** A render option that calls `tag` on each element drawn, with its datum. */
export function tagEach<T>(data: readonly T[], tag: (node: SVGElement, d: T) => void): RenderFunction {
  return function (this: unknown, index, scales, values, dimensions, context, next) {
    const g = next?.(index, scales, values, dimensions, context) ?? null;
    if (g) {
      for (const node of Array.from(g.children)) {
        const i = (node as unknown as { __data__?: unknown }).__data__;
        const d = typeof i === 'number' ? data[i] : undefined;
        if (d !== undefined) tag(node as SVGElement, d);
      }
    }
    return g;
  };
}

/**
 * Makes an element open a line of the notes: the page's click and key handlers read data-file and
 * data-line. An SVG mark also becomes a button a keyboard reaches, with words for a screen reader.
 */
export function opensLine(node: Element, at: PictureLocation, label: string): void {
  node.setAttribute('data-file', at.file);
  node.setAttribute('data-line', String(at.line));
  if (node instanceof SVGElement) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', label);
  }
}

/** A render option that opens each datum's line, with `label` as its words, and adds `more` (class, state). */
export function linked<T extends { at: PictureLocation }>(data: readonly T[], label: (d: T) => string, more?: (node: SVGElement, d: T) => void): RenderFunction {
  return tagEach(data, (node, d) => {
    opensLine(node, d.at, label(d));
    more?.(node, d);
  });
}
