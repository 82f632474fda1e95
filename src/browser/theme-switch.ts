/**
 * The palette the deck is drawn in: dark (the default, for a dark room) or light (a bright room, a
 * phone in daylight), both from the design tokens (src/styles/tokens.css).
 * - the page's head sets `<html data-theme>` before the first paint, from `?theme=light|dark` or the
 *   reader's last choice (src/core/render/page.ts); this plugin takes over from there;
 * - T, or the toolbar's button, switches it; the choice is remembered (localStorage) and, when the
 *   address names a theme, written into it, so a reload keeps what the reader picked;
 * - the page's theme-color follows the background, and THEME_CHANGE_EVENT tells the charts to draw
 *   again in the new colours;
 * - another window of the deck that switches (another tab, the speaker view) is followed.
 * Not in print view, whose palette the PDF exporter names in the address.
 */
import type { RevealPlugin } from 'reveal.js';
import { ATTR, QUERY, THEME, THEME_CHANGE_EVENT, THEME_STORAGE_KEY, THEME_TOKEN, type ThemeName } from '../core/contract.ts';
import { definePlugin } from './lifetime.ts';

const KEY_T = 84;

const isTheme = (value: unknown): value is ThemeName => value === THEME.light || value === THEME.dark;

/** The palette the page is drawn in now. */
export function currentTheme(): ThemeName {
  return document.documentElement.getAttribute(ATTR.theme) === THEME.light ? THEME.light : THEME.dark;
}

/** The browser's bar takes the slide's background: read from the tokens, the one place it lives. */
function matchThemeColor(): void {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="theme-color"]');
  const background = getComputedStyle(document.documentElement).getPropertyValue(THEME_TOKEN.background).trim();
  if (meta && background) meta.content = background;
}

function apply(theme: ThemeName): void {
  if (theme === currentTheme() && document.documentElement.hasAttribute(ATTR.theme)) return;
  document.documentElement.setAttribute(ATTR.theme, theme);
  matchThemeColor();
  document.dispatchEvent(new CustomEvent(THEME_CHANGE_EVENT, { detail: theme }));
}

/** The reader's choice: shown, remembered, and put in the address when the address names one. */
function choose(theme: ThemeName): void {
  apply(theme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage off (a private window's policy): the choice lasts for this page only.
  }
  const url = new URL(location.href);
  if (url.searchParams.has(QUERY.theme)) {
    url.searchParams.set(QUERY.theme, theme);
    history.replaceState(history.state, '', url);
  }
}

export interface ThemeSwitchPlugin extends RevealPlugin {
  /** Switches to the other palette as the reader's choice (the toolbar's button). */
  toggle(): void;
}

export function themeSwitch(): ThemeSwitchPlugin {
  const toggle = () => choose(currentTheme() === THEME.light ? THEME.dark : THEME.light);
  const plugin = definePlugin('theme-switch', (reveal, life) => {
    matchThemeColor();
    if (reveal.isPrintView()) return;
    if (!reveal.isSpeakerNotes()) {
      reveal.addKeyBinding({ keyCode: KEY_T, key: 'T', description: 'Light or dark theme' }, toggle);
      life.add(() => reveal.removeKeyBinding(KEY_T));
    }
    // Fired only in the deck's other windows: they follow the one where the reader switched.
    window.addEventListener('storage', (event) => event.key === THEME_STORAGE_KEY && isTheme(event.newValue) && apply(event.newValue), { signal: life.signal });
  });
  return { ...plugin, toggle };
}
