// Many notes changes in a burst (a reload, a settings change, typing) become one refresh.
import type * as vscode from 'vscode';

export const COALESCE_MS = 100;

/** Collects keys and hands them to `flush` once, `ms` after the first one of a burst. */
export class Coalescer<K> implements vscode.Disposable {
  private keys = new Set<K>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly flush: (keys: ReadonlySet<K>) => void, private readonly ms = COALESCE_MS) {}

  add(...keys: K[]): void {
    for (const k of keys) this.keys.add(k);
    this.timer ??= setTimeout(() => {
      const due = this.keys;
      this.keys = new Set();
      this.timer = undefined;
      this.flush(due);
    }, this.ms);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.keys.clear();
  }
}
