// The page's link to the extension: the VS Code webview API, messages out (checked against the protocol
// before they go), and the state VS Code keeps for the panel across a reload.
import { parseWebviewMessage, type ExtensionMessage, type WebviewMessage } from '../../core/pictures/protocol';
import type { SortKey, TimelineRange } from '../../core/pictures/pictureData';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What the panel shows; the extension's serializer reads it from `state.show`. */
export interface ShowState {
  view: ExtensionMessage['type'];
  personId?: string;
  range?: TimelineRange;
  sort?: SortKey;
}

/**
 * The state VS Code keeps: what is shown, and nothing of the notes themselves. VS Code stores it in its
 * own storage, outside the notes folder, where no note text may go; after a reload the extension sends the
 * picture again.
 */
export interface PageState {
  show: ShowState;
}

const api = acquireVsCodeApi();

/** Sends a message to the extension, if it is one the protocol knows. */
export function post(message: WebviewMessage): void {
  const parsed = parseWebviewMessage(message);
  if (parsed.ok) api.postMessage(parsed.message);
}

/** The state VS Code kept, or an empty overview. */
export function savedState(): PageState {
  const saved = api.getState() as Partial<PageState> | undefined;
  const show = saved?.show;
  const view = show?.view === 'timeline' || show?.view === 'habits' ? show.view : 'overview';
  return { show: { ...show, view } };
}

export function saveState(state: PageState): void {
  api.setState(state);
}
