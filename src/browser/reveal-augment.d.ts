/**
 * The one place that patches reveal.js 6.0.2's shipped types where they lag its runtime
 * (see reveal's config.ts and the API). Everything else uses these types as they are.
 */
import 'reveal.js';

declare module 'reveal.js' {
  interface RevealApi {
    isScrollView(): boolean;
    isPrintView(): boolean;
    toggleScrollView(override?: boolean): void;
    toggleJumpToSlide(override?: boolean): void;
    isOverlayOpen(): boolean;
  }
  interface RevealConfig {
    /** Seconds for the whole talk; the speaker view paces against it. */
    totalTime?: number;
    minimumTimePerSlide?: number;
    /** The URL the speaker view loads its previews from. */
    url?: string;
  }
}

/** Payload of reveal's `ready`, `slidechanged` and `slidetransitionend` events. */
export interface SlideEvent extends Event {
  readonly currentSlide: HTMLElement;
  readonly previousSlide?: HTMLElement;
  readonly indexh: number;
  readonly indexv: number;
}

/** Payload of reveal's `resize` event. */
export interface ResizeEvent extends Event {
  readonly scale: number;
  readonly oldScale: number;
  readonly size: { readonly width: number; readonly height: number };
}
