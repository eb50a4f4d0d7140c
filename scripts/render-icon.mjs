// Draws media/icon.png (128×128, the Marketplace and Extensions view icon) from media/icon.svg.
//   node scripts/render-icon.mjs            write media/icon.png
//   node scripts/render-icon.mjs --size N --out FILE   the same drawing at another size (to look at it small)
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const size = Number(option('--size', '128'));
const out = option('--out', join(root, 'media', 'icon.png'));

const svg = readFileSync(join(root, 'media', 'icon.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
writeFileSync(out, png);
console.log(`${out}: ${size}×${size}`);
