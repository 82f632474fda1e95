/**
 * The talk as an article on a phone: in the scroll view on a narrow screen, each slide's content is
 * laid out at the screen's width in reading sizes (src/styles/article.css), not shown as a 16:9 box
 * scaled to a third of its size. The decision is made here, once: CLASS.article on reveal's viewport
 * while the scroll view is on and the screen is narrow. It is set as the view is entered, before
 * reveal lays out and measures the pages, and follows the screen as it turns; wider screens keep
 * the slides as slides.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';
import { CLASS } from '../core/contract.ts';
import { definePlugin, type Lifetime } from './lifetime.ts';
import { scrollViewOf } from './reveal-internals.ts';

/** Narrow enough that a 1280-pixel slide would be shown below half its size. */
const ARTICLE_WIDTH = '(max-width: 600px)';

/** Whether the page is laid out as an article now (the charts draw at reading sizes, unscaled). */
export function isArticle(): boolean {
  return document.querySelector(`.${CLASS.article}`) !== null;
}

export function article(): RevealPlugin {
  return definePlugin('article', layOutAsArticle);
}

function layOutAsArticle(reveal: RevealApi, life: Lifetime): void {
  if (reveal.isPrintView() || reveal.isSpeakerNotes()) return;
  const narrow = matchMedia(ARTICLE_WIDTH);
  const mark = (on: boolean) => reveal.getViewportElement()?.classList.toggle(CLASS.article, on);
  const view = scrollViewOf(reveal, {
    entering: () => mark(narrow.matches),
    left: () => mark(false),
  });
  if (!view) return;
  life.add(() => {
    view.release();
    mark(false);
  });
  narrow.addEventListener(
    'change',
    () => {
      if (!view.active) return;
      mark(narrow.matches);
      reveal.layout();
    },
    { signal: life.signal },
  );
}
