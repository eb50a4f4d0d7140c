// Many notes changes in a burst (a reload, a settings change, typing) become one refresh.
import type * as vscode from 'vscode';

export const COALESCE_MS = 100;

/** Collects keys and hands them to `flush` once, `ms` after the first one of a burst. */
export class Coalescer<K> implements vscode.Disposable {
  private keys = new Set<K>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly flush: (keys: ReadonlySet<K>) => void, private readonly ms = COALESCE_MS) {}

  add(...keys: K[]): void {
    for (const k of keys) this.keys.add(k);
    this.timer ??= setTimeout(() => {
      const due = this.keys;
      this.keys = new Set();
      this.timer = undefined;
      try {
        this.flush(due);
      } finally {
        for (const resolve of this.idleWaiters.splice(0)) resolve();
      }
    }, this.ms);
  }

  /** Resolves once nothing waits to be flushed (tests wait on this, not on time). */
  settled(): Promise<void> {
    return this.timer === undefined ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.keys.clear();
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
