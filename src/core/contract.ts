/**
 * The page contract: the names the rendered markup, the browser code, the exporters and the tests
 * share. The renderer writes these classes and attributes, the browser reads them and sets the
 * readiness flags, the exporters and tests wait on the flags and query the same selectors. A name is
 * spelt once, here. Pure data (no DOM, no Node), so every side can import it.
 *
 * What one slide kind alone uses (the cost model's field names, say) stays with that kind.
 */

/** Every slide is laid out at this size and scaled to the screen (reveal's `width` and `height`). */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** Flags on <html> that say a stage is done; each is set to READY_VALUE. */
export const READY = {
  /** reveal has started, every plugin with it (src/browser/main.ts). */
  deck: 'data-deck-ready',
  /** Print view: every chart is drawn, the copies made for fragment steps too (src/browser/charts). */
  charts: 'data-charts-ready',
  /** Print view: the pages are numbered and, for a handout, laid out (src/browser/print.ts). */
  pdf: 'data-pdf-ready',
  /** Every slide's content is in the page: the deferred ones too (src/browser/deferred-slides.ts). */
  slides: 'data-slides-ready',
} as const;

export type ReadyFlag = (typeof READY)[keyof typeof READY];

export const READY_VALUE = 'true';

/** The selector that matches once a stage is done, e.g. html[data-deck-ready="true"]. */
export function readySelector(flag: ReadyFlag): string {
  return `html[${flag}="${READY_VALUE}"]`;
}

/** data-* attributes of the markup: written by the renderer unless said otherwise. */
export const ATTR = {
  /** section: the slide's kind. */
  kind: 'data-kind',
  /** section: the id of the part of the talk it belongs to. */
  section: 'data-section',
  /** section: the title of the part of the talk it belongs to (the speaker view's parts). */
  sectionTitle: 'data-section-title',
  /** section: seconds planned for the slide; the speaker view paces against their sum. */
  timing: 'data-timing',
  /** The palette an element and what it holds are drawn in (THEME), on <html>, a handout's sheet or page; dark when absent. The speaker view takes the deck's. */
  theme: 'data-theme',
  /** figure.chart: the resolved chart, as JSON. */
  chart: 'data-chart',
  /** figure.chart: the chart's id. */
  chartId: 'data-chart-id',
  /** figure.chart: the chart's caption names every source the slide cites. */
  citesSlide: 'data-cites-slide',
  /** figure.chart, set by the browser: CHART_DRAWN once its chart exists. */
  chartState: 'data-chart-state',
  /** A figure in the text: the fact it shows. */
  fact: 'data-fact',
  /** .cost-model: the model's defaults, as JSON. */
  costModel: 'data-cost-model',
  /** output: which value of its widget it shows. */
  show: 'data-show',
  /** section: a deferred slide, its headline only, until the browser puts its content in (page.ts). */
  deferred: 'data-deferred',
  /** script#deck-deferred-slides: where the deferred slides' file is, when they are not in the script itself. */
  deferredSource: 'data-src',
  /** .reader-toolbar, set by the browser: 'true' while it rests out of sight. */
  idle: 'data-idle',
} as const;

/** The value of data-chart-state once a figure's chart is drawn. */
export const CHART_DRAWN = 'drawn';

/** Fired (bubbling) on a chart's figure when its data-chart changed and it must be drawn again. */
export const CHART_DATA_EVENT = 'deck:chartdata';

/** data-deferred's value on a slide whose content could not be fetched (empty while it is on its way). */
export const DEFERRED_UNAVAILABLE = 'unavailable';

/** Fired (bubbling) on a deferred slide's section once its content is in the page. */
export const SLIDE_FILLED_EVENT = 'deck:slidefilled';

/**
 * Fired on the document by what needs every slide in reveal's slides (the deferred slides before the
 * rest goes in, the search box): the slides the phone article held back join it then (late-pages.ts).
 */
export const EVERY_SLIDE_EVENT = 'deck:everyslide';

/** Class names: the renderer's, and those of the elements the browser adds. */
export const CLASS = {
  /** aside: a slide's speaker notes. */
  notes: 'notes',
  /** The list of sources on a Sources slide. */
  sourcesList: 'sources-list',
  /** figure: a chart, drawn over its table of numbers. */
  chart: 'chart',
  chartCanvas: 'chart-canvas',
  chartTable: 'chart-table',
  /** The cost model widget. */
  costModel: 'cost-model',
  /** Browser: a slide's notes beneath it in the scroll view. */
  readerNotes: 'reader-notes',
  readerNotesLabel: 'reader-notes-label',
  /** Browser: a Sources slide's list again, in its notes, at reading size. */
  readerSources: 'reader-sources',
  /** Browser: on reveal's viewport, the scroll view laid out as an article at a phone's width. */
  article: 'deck-article',
  /** Browser: on reveal's viewport while a phone's deck starts, until its scroll view is built. */
  starting: 'deck-starting',
  /** noscript's note, where slides are deferred, of where the whole talk reads without JavaScript. */
  deferredNote: 'deferred-note',
  /** Browser: the toolbar in the corner and its buttons. */
  toolbar: 'reader-toolbar',
  toolbarButton: 'reader-button',
  /** Browser, print view: <html> of a handout, and each page's notes panel. */
  handout: 'pdf-handout',
  handoutNotes: 'handout-notes',
  /** Browser, a follower's deck: the button back to the presenter's slide (src/browser/live/). */
  followBack: 'live-follow-back',
  /** Browser, the presenter's closing slide: the Follow address and its QR code. */
  closingFollow: 'closing-follow',
} as const;

/** The id of the script block that holds the deferred slides' content, or says where it is. */
export const DEFERRED_SLIDES_ID = 'deck-deferred-slides';

/** Selectors for the deck's own markup. */
export const SELECTOR = {
  /** The element reveal runs in. */
  deck: '.reveal',
  /** Every slide, in the slides view and the print view. */
  slide: '.reveal .slides section',
  notes: `aside.${CLASS.notes}`,
  sourcesList: `ol.${CLASS.sourcesList}`,
  chart: `figure.${CLASS.chart}`,
  chartCanvas: `canvas.${CLASS.chartCanvas}`,
  chartTable: `table.${CLASS.chartTable}`,
  costModel: `.${CLASS.costModel}`,
  readerNotes: `.${CLASS.readerNotes}`,
  toolbar: `.${CLASS.toolbar}`,
  handoutNotes: `.${CLASS.handoutNotes}`,
  /** The deferred slides' content, or where it is (page.ts). */
  deferredSlides: `script#${DEFERRED_SLIDES_ID}`,
  deferredSlide: `section[${ATTR.deferred}]`,
} as const;

/** Selectors for markup reveal.js makes: the deck relies on them as much as on its own. */
export const REVEAL_SELECTOR = {
  /** Scroll view: a page, holding one slide. */
  scrollPage: '.scroll-page',
  /** Print view: a page of the PDF. */
  pdfPage: '.reveal .slides > .pdf-page',
  /** Print view: the slide number printed on a page. */
  pdfSlideNumber: '.slide-number-pdf',
  /** The shown slide (a vertical stack is never the slide itself). */
  presentSlide: '.reveal .slides section.present:not(.stack)',
  /** Slides view: the notes panel (`showNotes`). */
  notesPanel: '.reveal .speaker-notes',
  /** The search plugin's input. */
  searchInput: '.searchinput',
  /** The arrow controls. */
  controls: 'aside.controls',
} as const;

/** URL query parameters the deck reads. */
export const QUERY = {
  /** Which view opens: VIEW.scroll or VIEW.slides (reveal's own `view` parameter, extended). */
  view: 'view',
  /** reveal's print view, for the PDF exporter. */
  printPdf: 'print-pdf',
  /** With print-pdf: a handout, each slide over its notes. */
  handout: 'handout',
  /** Opens the speaker view as the deck starts. */
  notes: 'notes',
  /** The deck follows the presenter over the live relay (`npm run present` prints the address). */
  follow: 'follow',
  /** reveal's embedded mode (isSpeakerNotes): the speaker view's previews of the deck. */
  receiver: 'receiver',
  /** The palette: THEME.light or THEME.dark (src/browser/theme-switch.ts); with print-pdf, the PDF's. */
  theme: 'theme',
} as const;

/**
 * The live relay of `npm run present` (src/node/live/, src/browser/live/): where its socket listens,
 * relative to the deck's base, and the fragment key that carries a role's secret (#live=...), which
 * the page takes out of its address before anything else reads it.
 */
export const LIVE = {
  socketPath: 'live',
  remotePage: 'remote.html',
  keyFragment: 'live',
  /** Where the speaker view posts a rehearsal run, with the presenter's key (src/node/live/rehearsal-upload.ts). */
  rehearsalPath: 'rehearsals',
} as const;

/** `?view=`: VIEW.speaker is the speaker view's own window (src/browser/speaker/). */
export const VIEW = { scroll: 'scroll', slides: 'slides', print: 'print', speaker: 'speaker' } as const;

/** The speaker view's parts, by id: its markup (src/browser/speaker/) and the tests share them. */
export const SPEAKER_ID = {
  current: 'speaker-current',
  next: 'speaker-next',
  notes: 'speaker-notes',
  notesSize: 'speaker-notes-size',
  elapsed: 'speaker-elapsed',
  clock: 'speaker-clock',
  slidePace: 'speaker-slide-pace',
  talkPace: 'speaker-talk-pace',
  parts: 'speaker-parts',
  connection: 'speaker-connection',
  live: 'speaker-live',
  rehearsal: 'speaker-rehearsal',
  splits: 'speaker-splits',
} as const;

/** The two palettes of the design tokens (src/styles/tokens.css); dark where none is set. */
export const THEME = { dark: 'dark', light: 'light' } as const;
export type ThemeName = (typeof THEME)[keyof typeof THEME];

/** localStorage: the reader's last chosen palette, used when the address names none. */
export const THEME_STORAGE_KEY = 'deck-theme';

/** Fired on document once the palette changed, for what draws colours itself (the charts). */
export const THEME_CHANGE_EVENT = 'deck:themechange';


/** CSS custom properties (src/styles/tokens.css) the browser reads colours and type from. */
export const THEME_TOKEN = {
  background: '--color-bg',
  text: '--color-text',
  muted: '--color-text-muted',
  chartGrid: '--color-chart-grid',
  font: '--font-body',
  /** A factor on the charts' type sizes: 1 on slides, lower in the phone article. */
  chartTypeScale: '--chart-type-scale',
  /** `slide` (a 16:9 slide) or `column` (the phone article's narrow, portrait frame). */
  chartLayout: '--chart-layout',
} as const;

/** The token of a chart colour by its name: `accent` is --color-chart-accent. */
export function chartColorToken(name: string): string {
  return `--color-chart-${name}`;
}

/** Theme colours needed where the stylesheet does not reach (the page's theme-color, images). */
export const THEME_COLOR = {
  /** --color-bg */
  background: '#0d1117',
} as const;
