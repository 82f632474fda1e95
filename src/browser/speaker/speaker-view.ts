/**
 * The speaker view: the deck's page opened by the deck (key S) with `?view=speaker`. It reads the
 * talk from the page's own slides, hides them, and shows the speaker the current slide and the next
 * step (two previews: the deck in reveal's embedded mode), the notes at a size they choose, the
 * time, the pacing, the parts of the talk, the live relay's addresses, and a rehearsal recorder.
 * The deck's window tells it where the talk is (channel.ts); its keys drive the deck.
 */
import './speaker.css';
import { ATTR, SPEAKER_ID } from '../../core/contract.ts';
import { bye, command, hello, isDeckState, messageOrigin, previewUrl, SPEAKER_WINDOW, type DeckPosition, type DeckState, type SpeakerCommand } from './channel.ts';
import { showLive } from './live-panel.ts';
import { readOutline } from './outline.ts';
import { clock, plannedSeconds, talkPace } from './pacing.ts';
import { keepRun, keptRuns, RehearsalRun } from './rehearsal-run.ts';
import { downloadRun, uploadRun } from './save-run.ts';

/** The deck is taken for gone when it has not answered for this long (it answers every hello, each second). */
const SILENCE_MS = 2500;

const NOTES_SIZE_KEY = 'deck-speaker:notes-size';
const NOTES_SIZES = { min: 16, max: 48, step: 2, initial: 24 } as const;

/** How many past runs the splits table shows beside the current one. */
const SPLIT_COLUMNS = 3;

type Child = Node | string;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const button = (label: string, attributes: Record<string, string> = {}) => el('button', { type: 'button', ...attributes }, label);

function storedNotesSize(): number {
  const stored = Number(localStorage.getItem(NOTES_SIZE_KEY));
  return stored >= NOTES_SIZES.min && stored <= NOTES_SIZES.max ? stored : NOTES_SIZES.initial;
}

/** The keys a clicker and the arrows send, as in the deck. */
function commandFor(event: KeyboardEvent): SpeakerCommand | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'n':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
      return 'prev';
    case 'b':
    case '.':
      return 'togglePause';
    default:
      return undefined;
  }
}

/** A stopwatch for the talk: runs from the speaker view's opening, paused and reset by the speaker. */
class Stopwatch {
  #banked = 0;
  #since: number | null = Date.now();
  get running(): boolean {
    return this.#since !== null;
  }
  seconds(): number {
    return (this.#banked + (this.#since === null ? 0 : Date.now() - this.#since)) / 1000;
  }
  setRunning(on: boolean): void {
    if (on === this.running) return;
    if (on) this.#since = Date.now();
    else {
      this.#banked += Date.now() - this.#since!;
      this.#since = null;
    }
  }
  reset(running: boolean): void {
    this.#banked = 0;
    this.#since = running ? Date.now() : null;
  }
}

/** One preview frame: the deck embedded, shown at `position` (and one step on, for the next step). */
function preview(id: string, title: string, stepOn: boolean) {
  const frame = el('iframe', { id, title, src: previewUrl(), tabindex: '-1', loading: 'eager' });
  // Only shown: the keys stay with the speaker view, which drives the deck.
  frame.inert = true;
  let ready = false;
  let shown: { position: DeckPosition; theme: string } | undefined;
  const post = (call: { method: string; args?: unknown[] }) => frame.contentWindow?.postMessage(JSON.stringify(call), messageOrigin());
  const paint = () => {
    if (!ready || !shown) return;
    const { indexh, indexv, indexf } = shown.position;
    post({ method: 'setState', args: [{ indexh, indexv, indexf, paused: false, overview: false }] });
    if (stepOn) post({ method: 'next' });
    // Same origin over http: the preview takes the deck's theme too (from disk the frame is closed to us).
    try {
      frame.contentDocument?.documentElement.setAttribute(ATTR.theme, shown.theme);
    } catch {
      // Another origin to the browser (file:): it keeps its own.
    }
  };
  return {
    frame,
    /** A message from this frame: reveal's `ready` event (postMessageEvents) says it listens now. */
    heard(event: MessageEvent): boolean {
      if (event.source !== frame.contentWindow) return false;
      if (typeof event.data === 'string' && event.data.includes('"eventName":"ready"')) {
        ready = true;
        paint();
      }
      return true;
    },
    show(position: DeckPosition, theme: string) {
      shown = { position, theme };
      paint();
    },
  };
}

export function startSpeakerView(root: HTMLElement): void {
  const talk = document.title;
  const outline = readOutline(root, talk);
  const total = plannedSeconds(outline.slides);
  document.title = `Speaker view · ${talk}`;
  // The name S looks for, however this window was opened (presenter.ts).
  window.name = SPEAKER_WINDOW;
  document.documentElement.dataset.view = 'speaker';

  const current = preview(SPEAKER_ID.current, 'Current slide', false);
  const next = preview(SPEAKER_ID.next, 'Next step', true);
  const connection = el('p', { id: SPEAKER_ID.connection, class: 'sv-connection', role: 'status' }, 'Looking for the deck’s window…');
  const parts = el('ol', { id: SPEAKER_ID.parts, class: 'sv-parts', 'aria-label': 'Parts of the talk' });
  for (const part of outline.parts) parts.append(el('li', { 'data-part': part.id }, el('span', { class: 'sv-part-title' }, part.title), el('span', { class: 'sv-part-bar' }, el('span'))));
  const position = el('p', { class: 'sv-position' });
  const nextLabel = el('p', { class: 'sv-next-label' });
  const notes = el('div', { id: SPEAKER_ID.notes, class: 'sv-notes', tabindex: '0', 'aria-label': 'Notes' });
  const notesSize = el('output', { 'aria-live': 'polite' });
  const smaller = button('A−', { 'aria-label': 'Smaller notes' });
  const larger = button('A+', { 'aria-label': 'Larger notes' });
  const elapsed = el('p', { id: SPEAKER_ID.elapsed, class: 'sv-elapsed', 'aria-label': 'Elapsed time' });
  const timeOfDay = el('p', { id: SPEAKER_ID.clock, class: 'sv-clock', 'aria-label': 'Time of day' });
  const pauseTimer = button('Pause');
  const resetTimer = button('Reset');
  const slidePace = el('p', { id: SPEAKER_ID.slidePace, class: 'sv-pace' });
  const talkPaceLine = el('p', { id: SPEAKER_ID.talkPace, class: 'sv-pace' });
  const rehearse = button('Start rehearsal');
  const pauseRun = button('Pause for questions', { disabled: '' });
  const stopRun = button('Stop', { disabled: '' });
  const saveRun = button('Save run', { disabled: '' });
  const runStatus = el('p', { class: 'sv-run-status', role: 'status' });
  const splits = el('table', { id: SPEAKER_ID.splits, class: 'sv-splits' });
  const live = el('section', { id: SPEAKER_ID.live, class: 'sv-live', 'aria-label': 'Live', hidden: '' });

  const view = el(
    'div',
    { class: 'speaker-view' },
    el('header', { class: 'sv-top' }, parts, connection),
    el('section', { class: 'sv-now', 'aria-label': 'Current slide' }, el('div', { class: 'sv-frame' }, current.frame), position),
    el(
      'section',
      { class: 'sv-notes-box', 'aria-label': 'Notes' },
      el('div', { class: 'sv-notes-head' }, el('h2', {}, 'Notes'), el('div', { id: SPEAKER_ID.notesSize, class: 'sv-buttons', role: 'group', 'aria-label': 'Notes size' }, smaller, notesSize, larger)),
      notes,
    ),
    el(
      'aside',
      { class: 'sv-side', 'aria-label': 'Next step, time and rehearsal' },
      el('section', { class: 'sv-next', 'aria-label': 'Next step' }, el('h2', {}, 'Next'), el('div', { class: 'sv-frame' }, next.frame), nextLabel),
      el('section', { class: 'sv-time', 'aria-label': 'Time' }, el('div', { class: 'sv-clocks' }, elapsed, timeOfDay), el('div', { class: 'sv-buttons' }, pauseTimer, resetTimer), slidePace, talkPaceLine),
      el(
        'section',
        { id: SPEAKER_ID.rehearsal, class: 'sv-rehearsal', 'aria-label': 'Rehearsal' },
        el('h2', {}, 'Rehearse'),
        el('div', { class: 'sv-buttons' }, rehearse, pauseRun, stopRun, saveRun),
        runStatus,
        el('details', {}, el('summary', {}, 'Splits: plan, this run, last runs'), el('div', { class: 'sv-splits-box' }, splits)),
      ),
      live,
    ),
  );
  root.closest('main')?.replaceChildren(view);

  // The notes' size, remembered for the next talk.
  let size = storedNotesSize();
  const applySize = () => {
    notes.style.fontSize = `${size}px`;
    notesSize.textContent = `${size}px`;
    smaller.disabled = size <= NOTES_SIZES.min;
    larger.disabled = size >= NOTES_SIZES.max;
  };
  const resize = (by: number) => {
    size = Math.min(NOTES_SIZES.max, Math.max(NOTES_SIZES.min, size + by));
    localStorage.setItem(NOTES_SIZE_KEY, String(size));
    applySize();
  };
  smaller.addEventListener('click', () => resize(-NOTES_SIZES.step));
  larger.addEventListener('click', () => resize(NOTES_SIZES.step));
  applySize();

  const stopwatch = new Stopwatch();
  let state: DeckState | undefined;
  let heardAt = 0;
  let index = -1;
  let enteredAt = Date.now();
  let run: RehearsalRun | undefined;
  let lastRun: ReturnType<RehearsalRun['result']> | undefined;

  const send = (message: ReturnType<typeof hello>) => window.opener?.postMessage(message, messageOrigin());

  const renderSlide = () => {
    const slide = outline.slides[index];
    if (!slide || !state) return;
    position.textContent = `Slide ${index + 1} of ${outline.slides.length} · ${slide.title}`;
    notes.replaceChildren(...(slide.notes ? [...slide.notes.childNodes].map((node) => node.cloneNode(true)) : [el('p', { class: 'sv-muted' }, 'No notes for this slide.')]));
    notes.scrollTop = 0;
    const moreFragments = state.position.indexf + 1 < slide.fragmentSteps;
    const following = outline.slides[index + 1];
    nextLabel.textContent = moreFragments ? 'Next: the next point on this slide' : following ? `Next: ${following.title}` : 'The end of the talk';
    [...parts.children].forEach((item, i) => {
      const part = outline.parts[i]!;
      if (i === slide.part) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
      item.classList.toggle('is-done', i < slide.part);
      const share = i < slide.part ? 1 : i > slide.part ? 0 : (index - part.from + 1) / (part.to - part.from);
      (item.querySelector('.sv-part-bar > span') as HTMLElement).style.width = `${Math.round(share * 100)}%`;
    });
  };

  const renderSplits = () => {
    // The runs before this one (a stopped run is kept already: it is "this run", not a past one).
    const thisDate = run?.startedAt.toISOString();
    const runs = keptRuns(talk)
      .filter((past) => past.date !== thisDate)
      .slice(-SPLIT_COLUMNS);
    const now = Date.now();
    const thisRun = (id: string) => (run ? run.secondsOn(id, now) : undefined);
    const head = el('tr', {}, el('th', { scope: 'col' }, 'Slide'), el('th', { scope: 'col' }, 'Plan'), el('th', { scope: 'col' }, 'This run'), ...runs.map((past) => el('th', { scope: 'col' }, past.date.slice(5, 16).replace('T', ' '))));
    const rows = outline.slides.map((slide, i) => {
      const actual = thisRun(slide.id);
      const cell = (seconds: number | undefined) => el('td', seconds !== undefined && seconds > slide.plannedSeconds ? { class: 'is-over' } : {}, seconds === undefined ? '–' : clock(seconds));
      const pastCells = runs.map((past) => cell(past.slides.find((s) => s.id === slide.id)?.actualSeconds));
      return el('tr', i === index ? { 'aria-current': 'true' } : {}, el('th', { scope: 'row' }, slide.title), el('td', {}, clock(slide.plannedSeconds)), cell(actual), ...pastCells);
    });
    splits.replaceChildren(el('thead', {}, head), el('tbody', {}, ...rows));
  };

  const renderTime = () => {
    const now = Date.now();
    const seconds = stopwatch.seconds();
    elapsed.textContent = clock(seconds);
    timeOfDay.textContent = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    pauseTimer.textContent = stopwatch.running ? 'Pause' : seconds > 0 ? 'Resume' : 'Start';
    const slide = outline.slides[index];
    if (!slide) return;
    const onSlide = (now - enteredAt) / 1000;
    slidePace.textContent = `This slide: ${clock(onSlide)} of ${clock(slide.plannedSeconds)} planned`;
    slidePace.dataset.pace = onSlide > slide.plannedSeconds ? 'behind' : 'on-track';
    const { pace, bySeconds } = talkPace(outline.slides, index, seconds);
    const standing = pace === 'on-track' ? 'on track' : `${clock(bySeconds)} ${pace}`;
    talkPaceLine.textContent = `Talk: ${clock(seconds)} of ${clock(total)} planned · ${standing}`;
    talkPaceLine.dataset.pace = pace;
    if (run && !run.stopped) renderSplits();
  };

  const renderRun = () => {
    const running = !!run && !run.stopped;
    rehearse.disabled = running;
    rehearse.textContent = run ? 'New rehearsal' : 'Start rehearsal';
    pauseRun.disabled = !running;
    pauseRun.textContent = run?.paused ? 'Resume' : 'Pause for questions';
    pauseRun.setAttribute('aria-pressed', String(!!run?.paused));
    stopRun.disabled = !running;
    saveRun.disabled = !lastRun;
    view.dataset.rehearsal = running ? (run!.paused ? 'paused' : 'recording') : 'off';
    renderSplits();
  };

  const onState = (incoming: DeckState) => {
    const moved = !state || incoming.position.indexh !== state.position.indexh || incoming.position.indexv !== state.position.indexv;
    state = incoming;
    heardAt = Date.now();
    connection.hidden = true;
    document.documentElement.setAttribute(ATTR.theme, incoming.theme);
    if (moved) {
      index = outline.indexOf(incoming.position.indexh, incoming.position.indexv);
      enteredAt = Date.now();
      if (outline.slides[index]) run?.enter(outline.slides[index]!.id, Date.now());
    }
    current.show(incoming.position, incoming.theme);
    next.show(incoming.position, incoming.theme);
    view.dataset.paused = String(incoming.position.paused);
    renderSlide();
    renderTime();
    showLive(live, incoming.live);
  };

  window.addEventListener('message', (event) => {
    if (current.heard(event) || next.heard(event)) return;
    // Only the window that opened this one: the deck.
    if (event.source !== window.opener || !window.opener || !isDeckState(event.data)) return;
    onState(event.data);
  });

  document.addEventListener('keydown', (event) => {
    const name = commandFor(event);
    if (!name) return;
    event.preventDefault();
    send(command(name));
  });

  pauseTimer.addEventListener('click', () => {
    stopwatch.setRunning(!stopwatch.running);
    renderTime();
  });
  resetTimer.addEventListener('click', () => {
    stopwatch.reset(false);
    renderTime();
  });
  rehearse.addEventListener('click', () => {
    const slide = outline.slides[index];
    if (!slide) return;
    run = new RehearsalRun(slide.id, Date.now());
    lastRun = undefined;
    stopwatch.reset(true);
    enteredAt = Date.now();
    runStatus.textContent = 'Recording: each slide’s time is kept as you go.';
    renderRun();
  });
  pauseRun.addEventListener('click', () => {
    if (!run) return;
    run.setPaused(!run.paused, Date.now());
    stopwatch.setRunning(!run.paused);
    runStatus.textContent = run.paused ? 'Paused for questions: this time is kept apart.' : 'Recording.';
    renderRun();
  });
  stopRun.addEventListener('click', () => {
    if (!run) return;
    run.stop(Date.now());
    stopwatch.setRunning(false);
    lastRun = run.result(outline, Date.now());
    keepRun(lastRun);
    runStatus.textContent = 'Stopped: the run is kept in this browser. Save it to add it to the project’s rehearsals/.';
    renderRun();
  });
  saveRun.addEventListener('click', () => {
    if (!lastRun) return;
    const saved = lastRun;
    const name = downloadRun(saved);
    runStatus.textContent = `Downloaded ${name}: move it into the project’s rehearsals/ folder.`;
    const token = state?.presenterToken;
    if (state && state.live.state !== 'off' && token) void uploadRun(saved, token).then((said) => (runStatus.textContent = `Downloaded ${name}; ${said}.`));
  });

  renderRun();
  renderTime();
  send(hello());
  // The deck's window can still see this one as open for a moment after it closes: told now, its S
  // opens a new speaker view instead of bringing this closing one forward.
  addEventListener('pagehide', () => send(bye()));
  setInterval(() => {
    send(hello());
    if (Date.now() - heardAt > SILENCE_MS) {
      connection.hidden = false;
      connection.textContent = window.opener && !window.opener.closed ? 'Looking for the deck’s window…' : 'The deck’s window is closed: open the deck and press S.';
    }
  }, 1000);
  setInterval(renderTime, 500);
}
