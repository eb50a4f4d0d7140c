import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir whose name ends with suffix (an empty list when dir does not exist). */
export function filesUnder(dir, suffix) {
  const out = [];
  let entries = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}
