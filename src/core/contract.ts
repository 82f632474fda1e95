/**
 * The page contract: the names the build writes into the page and the browser, the exporters and
 * the tests read back. One place, so a renamed attribute cannot leave a reader behind.
 */

/** The authoring size: every slide is laid out at 1280x720 and scaled to the screen. */
export const SLIDE_SIZE = { width: 1280, height: 720 } as const;

/** Fired (bubbling) on a chart's figure when its `data-chart` changed and it must be drawn again. */
export const CHART_DATA_EVENT = 'deck:chartdata';
