/**
 * The phone remote (remote.html, the Remote address of `npm run present`): Next and Previous for
 * the presenter's deck, by button, swipe or a clicker's keys; the current and next slide's titles;
 * the notes at a size the speaker sets (remembered on the phone); the time and the pace against the
 * plan. It keeps its socket up on its own (src/browser/live/socket.ts) and the screen on where it can.
 */
import '../../styles/fonts.css';
import '../../styles/tokens.css';
import '../../styles/remote.css';
import type { DeckPosition, LiveAction, RelayMessage } from '../../core/live-protocol.ts';
import { takeLiveKey } from '../live/key.ts';
import { openLiveSocket, type SocketState } from '../live/socket.ts';
import { fetchOutline, type OutlineSlide } from './outline.ts';
import { clock, pacing } from './pacing.ts';
import { onSwipe } from './swipe.ts';
import { keepScreenOn } from './wake-lock.ts';

function part<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`remote.html has no ${selector}`);
  return element;
}

const ui = {
  root: part<HTMLElement>('.remote'),
  status: part<HTMLElement>('.remote-status'),
  clock: part<HTMLButtonElement>('.remote-clock'),
  pace: part<HTMLElement>('.remote-pace'),
  position: part<HTMLElement>('.remote-position'),
  current: part<HTMLElement>('.remote-current'),
  next: part<HTMLElement>('.remote-next'),
  notes: part<HTMLElement>('.remote-notes'),
  smaller: part<HTMLButtonElement>('.remote-smaller'),
  larger: part<HTMLButtonElement>('.remote-larger'),
  prev: part<HTMLButtonElement>('.remote-prev'),
  nextButton: part<HTMLButtonElement>('.remote-next-button'),
};

/** The notes' size, in px, kept on this phone for the next talk. */
const NOTES_SIZE = { store: 'deck-remote-notes-px', min: 14, max: 40, step: 2, initial: 20 };
/** When the clock started, kept for this tab so a reload does not restart it. */
const CLOCK_STORE = 'deck-remote-clock-start';

function stored(name: string, storage: Storage): string | null {
  try {
    return storage.getItem(name);
  } catch {
    return null;
  }
}
function store(name: string, value: string, storage: Storage): void {
  try {
    storage.setItem(name, value);
  } catch {
    // A phone that refuses storage still has the setting until the page reloads.
  }
}

let notesSize = Number(stored(NOTES_SIZE.store, localStorage)) || NOTES_SIZE.initial;
const setNotesSize = (px: number) => {
  notesSize = Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, px));
  ui.root.style.setProperty('--remote-notes-size', `${notesSize}px`);
  ui.smaller.disabled = notesSize <= NOTES_SIZE.min;
  ui.larger.disabled = notesSize >= NOTES_SIZE.max;
  store(NOTES_SIZE.store, String(notesSize), localStorage);
};
setNotesSize(notesSize);
ui.smaller.addEventListener('click', () => setNotesSize(notesSize - NOTES_SIZE.step));
ui.larger.addEventListener('click', () => setNotesSize(notesSize + NOTES_SIZE.step));

let outline: OutlineSlide[] = [];
let at: DeckPosition | null = null;
let presenterHere = false;
let linkState: SocketState = 'connecting';
let refusal = '';
let clockStart = Number(stored(CLOCK_STORE, sessionStorage)) || 0;
let screenKept = false;

const indexOf = (position: DeckPosition) => {
  const found = outline.findIndex((slide) => slide.h === position.h && slide.v === position.v);
  return found < 0 ? 0 : found;
};

function renderSlides(): void {
  if (!at || outline.length === 0) return;
  const index = indexOf(at);
  const slide = outline[index]!;
  const step = slide.fragments > 0 ? `, step ${at.f + 1} of ${slide.fragments}` : '';
  ui.position.textContent = `Slide ${index + 1} of ${outline.length}${step}`;
  ui.current.textContent = slide.title;
  const following = outline[index + 1];
  ui.next.textContent = following ? `Next: ${following.title}` : 'Last slide';
  ui.notes.replaceChildren(slide.notes.cloneNode(true));
  ui.notes.scrollTop = 0;
}

function renderClock(): void {
  const elapsed = clockStart ? (Date.now() - clockStart) / 1000 : 0;
  ui.clock.textContent = clock(elapsed);
  if (!at || outline.length === 0) return;
  const reading = pacing(outline.map((slide) => slide.seconds), indexOf(at), elapsed);
  ui.root.dataset.pace = clockStart ? reading.pace : 'on-time';
  const words = { early: `${clock(-reading.offBy)} ahead`, 'on-time': 'On time', late: `${clock(reading.offBy)} behind`, 'very-late': `${clock(reading.offBy)} behind` };
  ui.pace.textContent = `${clockStart ? words[reading.pace] : 'Clock starts with the first step'} · plan ${clock(reading.planned)}`;
}

function renderStatus(): void {
  const canDrive = linkState === 'live' && presenterHere;
  ui.prev.disabled = !canDrive;
  ui.nextButton.disabled = !canDrive;
  ui.root.dataset.link = linkState;
  const words: Record<SocketState, string> = {
    connecting: 'Connecting…',
    live: presenterHere ? `Live${screenKept ? '' : ' · screen may sleep'}` : 'Waiting for the presenter’s deck…',
    lost: 'Reconnecting…',
    refused: refusal,
    absent: 'No live relay here: open the Remote address npm run present printed.',
  };
  ui.status.textContent = words[linkState];
}

const startClock = () => {
  if (clockStart) return;
  clockStart = Date.now();
  store(CLOCK_STORE, String(clockStart), sessionStorage);
};
ui.clock.addEventListener('click', () => {
  clockStart = Date.now();
  store(CLOCK_STORE, String(clockStart), sessionStorage);
  renderClock();
});

function onMessage(message: RelayMessage): void {
  switch (message.type) {
    case 'welcome':
      presenterHere = message.presenter;
      if (message.state) at = message.state;
      break;
    case 'peers':
      presenterHere = message.presenter;
      break;
    case 'state':
      // The presenter moved: the talk is under way.
      if (at && (at.h !== message.h || at.v !== message.v || at.f !== message.f)) startClock();
      at = { h: message.h, v: message.v, f: message.f };
      break;
    default:
      return;
  }
  renderSlides();
  renderStatus();
  renderClock();
}

const key = takeLiveKey();
const socket = key
  ? openLiveSocket({
      hello: { type: 'hello', role: 'remote', key },
      onMessage,
      onState: (state, reason) => {
        linkState = state;
        if (reason !== undefined) refusal = reason;
        renderStatus();
      },
    })
  : undefined;
if (!key) {
  linkState = 'refused';
  refusal = 'This address has no key: scan the Remote code npm run present shows.';
}

const go = (action: Extract<LiveAction, 'next' | 'prev'>) => {
  if (!socket || ui.nextButton.disabled) return;
  startClock();
  socket.send({ type: 'command', action });
};
ui.nextButton.addEventListener('click', () => go('next'));
ui.prev.addEventListener('click', () => go('prev'));
onSwipe(part<HTMLElement>('.remote-slides'), go);
onSwipe(ui.notes, go);
// A clicker paired with the phone sends these keys.
document.addEventListener('keydown', (event) => {
  if (['ArrowRight', 'PageDown', ' '].includes(event.key)) go('next');
  else if (['ArrowLeft', 'PageUp'].includes(event.key)) go('prev');
  else return;
  event.preventDefault();
});

keepScreenOn((held) => {
  screenKept = held;
  renderStatus();
});
setInterval(renderClock, 1000);
renderStatus();
renderClock();

fetchOutline(new URL('./', location.href)).then(
  (slides) => {
    outline = slides;
    renderSlides();
    renderClock();
  },
  (error: unknown) => {
    ui.current.textContent = 'The slides could not be read';
    ui.next.textContent = `${error instanceof Error ? error.message : String(error)}: reload the page.`;
  },
);
