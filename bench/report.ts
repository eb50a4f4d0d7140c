// The summary of `npm run bench`: every figure with its target and whether it is met, then the one
// line `bench: {json}` that tools read.

export interface Figure {
  /** The key in the bench line. */
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly target: number;
  readonly unit?: string;
  readonly digits?: number;
  /** How it was measured, shown after the verdict. */
  readonly note?: string;
}

export function verdict(value: number, target: number): string {
  return Number.isFinite(value) && value <= target ? 'met' : 'NOT met';
}

export function printFigures(figures: readonly Figure[]): void {
  for (const f of figures) {
    const value = Number.isFinite(f.value) ? `${f.value.toFixed(f.digits ?? 2)}${f.unit ?? ''}` : '-';
    const target = `target ≤ ${f.target}${f.unit ?? ''}`;
    const met = Number.isFinite(f.value) ? verdict(f.value, f.target) : '';
    console.log(`  ${f.key.padEnd(16)}${value.padStart(10)}   ${target.padEnd(18)}${met.padEnd(9)}${f.label}${f.note ? ` (${f.note})` : ''}`);
  }
}

/** The last line of the bench: every figure by key, rounded as printed. */
export function benchLine(figures: readonly Figure[]): string {
  // A figure not measured (NaN) is null in the JSON.
  return `bench: ${JSON.stringify(Object.fromEntries(figures.map((f) => [f.key, Number.isFinite(f.value) ? Number(f.value.toFixed(f.digits ?? 2)) : null])))}`;
}
