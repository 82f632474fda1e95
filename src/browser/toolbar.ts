/**
 * The small toolbar for reading on your own: search, overview, notes and scroll view, as real buttons
 * with names, in the top right corner, clear of reveal's arrows and slide number. In the slides view
 * it fades when the pointer rests, so it stays out of a projected talk; moving the pointer or pressing
 * Tab brings it back. Not in print view, nor in the speaker view's preview frames.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { ATTR, CLASS } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { notesPanelShown, toggleNotesPanel } from './notes-panel.ts';
import { scrollViewOf } from './reveal-internals.ts';
import { toggleSearch } from './search-box.ts';

/** How long the toolbar stays after the pointer last moved, in the slides view (ms). */
const TOOLBAR_IDLE_MS = 3000;

type IconName = 'search' | 'overview' | 'notes' | 'scroll' | 'theme';

/** 24x24 outline icons, drawn with the current text colour. */
const ICONS: Record<IconName, readonly string[]> = {
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', 'M15.5 15.5L20 20'],
  overview: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  notes: ['M4 5h16v10H4z', 'M7 18h10', 'M7 21h7'],
  scroll: ['M5 3h14v7H5z', 'M5 14h14v7H5z', 'M8 12h8'],
  // A circle half filled: light and dark.
  theme: ['M12 4a8 8 0 1 0 0 16a8 8 0 1 0 0-16z', 'M12 4v16a8 8 0 0 0 0-16z'],
};

export interface ToolbarOptions {
  /** Switches the scroll view on or off as the reader's choice (view-choice.ts). */
  readonly chooseScrollView: (on: boolean) => void;
  /** Switches between the light and dark palettes (theme-switch.ts). */
  readonly toggleTheme: () => void;
}

export function toolbar(options: ToolbarOptions): RevealPlugin {
  return definePlugin('toolbar', (reveal, life) => {
    let update: ((scrollView: boolean) => void) | undefined;
    const view = scrollViewOf(reveal, { entered: () => update?.(true), left: () => update?.(false) });
    if (view) life.add(() => view.release());
    const show = () => {
      if (reveal.isSpeakerNotes() || reveal.isPrintView()) return;
      update = createToolbar(reveal, options, life);
      update(reveal.isScrollView());
    };
    reveal.on('ready', show, { signal: life.signal });
  });
}

function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name]) {
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    svg.append(path);
  }
  return svg;
}

function toolbarButton(name: IconName, label: string, hint: string, onPress: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `${CLASS.toolbarButton} ${CLASS.toolbarButton}-${name}`;
  button.setAttribute('aria-label', label);
  button.title = hint;
  button.append(icon(name));
  button.addEventListener('click', onPress);
  return button;
}

/** Builds the toolbar into the page; returns the function that shows the view's state on it. */
function createToolbar(reveal: RevealApi, { chooseScrollView, toggleTheme }: ToolbarOptions, life: Lifetime): (scrollView: boolean) => void {
  const { signal } = life;
  const bar = document.createElement('div');
  bar.className = CLASS.toolbar;
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Reading options');

  const search = toolbarButton('search', 'Search the slides', 'Search (Ctrl+Shift+F)', () => toggleSearch(reveal));
  const overview = toolbarButton('overview', 'Overview of all slides', 'Overview (O)', () => reveal.toggleOverview());
  const notes = toolbarButton('notes', 'Notes for readers', 'Notes for readers', () => {
    if (reveal.isScrollView()) return;
    toggleNotesPanel(reveal);
    update(false);
  });
  const scroll = toolbarButton('scroll', 'Scroll view', 'Scroll view (R)', () => chooseScrollView(!reveal.isScrollView()));
  const theme = toolbarButton('theme', 'Light or dark theme', 'Light or dark theme (T)', toggleTheme);
  bar.append(search, overview, notes, scroll, theme);

  // Space and Enter press the focused button; they must not also advance the slide.
  bar.addEventListener('keydown', (event) => {
    if (event.key === ' ' || event.key === 'Enter') event.stopPropagation();
  });

  const main = document.querySelector('main') ?? document.body;
  main.prepend(bar);
  life.add(() => bar.remove());

  let idle: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    bar.setAttribute(ATTR.idle, 'false');
    clearTimeout(idle);
    idle = setTimeout(() => bar.setAttribute(ATTR.idle, 'true'), TOOLBAR_IDLE_MS);
  };
  document.addEventListener('pointermove', wake, { passive: true, signal });
  document.addEventListener('pointerdown', wake, { passive: true, signal });
  // Tab wakes it before the focus moves, so the focus can land on it; a clicker's keys do not.
  document.addEventListener('keydown', (event) => event.key === 'Tab' && wake(), { capture: true, signal });
  life.add(() => clearTimeout(idle));
  wake();

  // The scroll view scrolls reveal's viewport, whose scrollbar a desktop system draws inside the
  // window's right edge: the toolbar keeps clear of it (phones draw theirs over the page: 0). It is
  // read when the viewport's box changes, as a scrollbar comes or goes, where layout is fresh: read as
  // the deck starts, it cost a whole layout of every page (about 12 ms at 200 slides on a slow phone).
  let scrollView = false;
  let scrollbar = 0;
  const keepClear = () => bar.style.setProperty('--reader-scrollbar', `${scrollView ? scrollbar : 0}px`);
  const scroller = reveal.getViewportElement();
  if (scroller) {
    const observer = new ResizeObserver(() => {
      scrollbar = Math.max(0, scroller.offsetWidth - scroller.clientWidth);
      keepClear();
    });
    observer.observe(scroller);
    life.add(() => observer.disconnect());
  }

  const update = (inScrollView: boolean) => {
    scrollView = inScrollView;
    scroll.setAttribute('aria-pressed', String(scrollView));
    notes.setAttribute('aria-pressed', String(notesPanelShown(reveal)));
    overview.setAttribute('aria-pressed', String(reveal.isOverview()));
    notes.hidden = scrollView;
    overview.hidden = scrollView;
    keepClear();
  };
  reveal.on('overviewshown', () => update(reveal.isScrollView()), { signal });
  reveal.on('overviewhidden', () => update(reveal.isScrollView()), { signal });
  return update;
}
