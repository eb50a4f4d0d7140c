// The pictures' page: it draws what the extension sends (checked against the protocol; anything else is
// dropped), sends back what the manager asks for (open a line, a person, a range, a sort), and keeps
// what it shows (never the notes' words) in VS Code's state so the panel comes back as it was after a reload.
import './noEval';
import './words';
import { parseExtensionMessage, type ExtensionMessage } from '../../core/pictures/protocol';
import { SORT_KEYS, TIMELINE_RANGES, type SortKey, type TimelineRange } from '../../core/pictures/pictureData';
import { drawHabits } from './habits';
import { post, saveState, savedState, type PageState } from './host';
import { drawOverview } from './overview';
import { toggleTable } from './tables';
import { drawTimeline } from './timeline';

const main = document.getElementById('pictures') as HTMLElement;
let state: PageState = savedState();
/** The last overview drawn, shown again at once on the way back from a history. */
let lastOverview: Extract<ExtensionMessage, { type: 'overview' }> | undefined;

const sort = (): SortKey => state.show.sort ?? 'urgency';

/** The attributes that name what an element does: focus goes back to the element that has the same. */
const FOCUS_KEYS = ['data-file', 'data-line', 'data-person', 'data-sort', 'data-range', 'data-toggle', 'data-back', 'data-habits'];

function focusKey(): string | undefined {
  const active = document.activeElement;
  if (!active || !main.contains(active)) return undefined;
  const parts = FOCUS_KEYS.filter((k) => active.hasAttribute(k)).map((k) => `[${k}="${CSS.escape(active.getAttribute(k) ?? '')}"]`);
  return parts.length ? parts.join('') : undefined;
}

function draw(message: ExtensionMessage): void {
  const focus = focusKey();
  const { scrollX, scrollY } = window;
  main.setAttribute('data-view', message.type);
  if (message.type === 'overview') {
    lastOverview = message;
    drawOverview(main, message.data, sort());
    state = { show: { ...state.show, view: 'overview' } };
  } else if (message.type === 'timeline') {
    drawTimeline(main, message.data);
    state = { show: { ...state.show, view: 'timeline', personId: message.data.personId, range: message.data.range } };
  } else {
    drawHabits(main, message.data);
    state = { show: { ...state.show, view: 'habits' } };
  }
  saveState(state);
  if (focus && !main.contains(document.activeElement)) main.querySelector<HTMLElement | SVGElement>(focus)?.focus();
  window.scrollTo(scrollX, scrollY);
}

function isSort(value: string | null): value is SortKey {
  return (SORT_KEYS as readonly (string | null)[]).includes(value);
}

function isRange(value: string | null): value is TimelineRange {
  return (TIMELINE_RANGES as readonly (string | null)[]).includes(value);
}

/** What a click (or Enter, Space on a mark) on `target` asks for. */
function act(target: Element): boolean {
  const control = target.closest('[data-sort], [data-back], [data-habits], [data-range], [data-person], .table-toggle, [data-file][data-line]');
  if (!control || !main.contains(control)) return false;
  if (control.classList.contains('table-toggle')) {
    toggleTable(control as HTMLElement);
  } else if (control.hasAttribute('data-sort')) {
    const by = control.getAttribute('data-sort');
    if (!isSort(by)) return true;
    state = { ...state, show: { ...state.show, sort: by } };
    saveState(state);
    for (const b of Array.from(main.querySelectorAll('[data-sort]'))) b.setAttribute('aria-pressed', String(b === control));
    post({ type: 'sort', by });
  } else if (control.hasAttribute('data-habits')) {
    post({ type: 'show-habits' });
  } else if (control.hasAttribute('data-back')) {
    if (lastOverview) draw(lastOverview);
    post({ type: 'sort', by: sort() });
  } else if (control.hasAttribute('data-range')) {
    const range = control.getAttribute('data-range');
    if (isRange(range) && state.show.personId) post({ type: 'pick-range', personId: state.show.personId, range });
  } else if (control.hasAttribute('data-person')) {
    post({ type: 'open-person', personId: control.getAttribute('data-person') ?? '' });
  } else {
    post({ type: 'open-location', at: { file: control.getAttribute('data-file') ?? '', line: Number(control.getAttribute('data-line')) } });
  }
  return true;
}

main.addEventListener('click', (event) => {
  if (event.target instanceof Element) act(event.target);
});

// Buttons act on Enter and Space by themselves; the marks of a chart (SVG) do it here.
main.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target;
  if (!(target instanceof SVGElement) || !target.hasAttribute('data-file')) return;
  event.preventDefault();
  act(target);
});

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = parseExtensionMessage(event.data);
  if (parsed.ok) draw(parsed.message);
});

// Listening now: ask for the data (the extension sends it again to a page that was reloaded or shown again).
post({ type: 'ready' });
