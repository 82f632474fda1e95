/**
 * What the deck's window and its speaker view say to each other (postMessage, both ways), and the
 * checks each side runs on what it hears. The deck says where it is; the speaker view says hello
 * (every second, so a deck window that reloads finds it again), asks for a step, and says bye as it
 * closes. The speaker view
 * never reports a position back, so no late report of its previews can send the deck backwards.
 */
import { VIEW, QUERY, type ThemeName } from '../../core/contract.ts';
import type { LiveStatus } from '../live/status.ts';

const NAMESPACE = 'deck-speaker';

/** The popup's window name: S again finds the open speaker view instead of opening a second. */
export const SPEAKER_WINDOW = 'deck-speaker-view';

/** Where the deck is, as reveal's getState names it (setState takes the same). */
export interface DeckPosition {
  readonly indexh: number;
  readonly indexv: number;
  readonly indexf: number;
  readonly paused: boolean;
}

export interface DeckState {
  readonly namespace: typeof NAMESPACE;
  readonly type: 'state';
  readonly position: DeckPosition;
  readonly theme: ThemeName;
  readonly live: LiveStatus;
  /** The presenter's live key (src/browser/live/key.ts), when this deck presents live: the rehearsal upload needs it. */
  readonly presenterToken?: string;
}

export type SpeakerCommand = 'next' | 'prev' | 'togglePause';
const COMMANDS: readonly SpeakerCommand[] = ['next', 'prev', 'togglePause'];

export type SpeakerMessage = { readonly namespace: typeof NAMESPACE; readonly type: 'hello' | 'bye' } | { readonly namespace: typeof NAMESPACE; readonly type: 'command'; readonly command: SpeakerCommand };

export const hello = (): SpeakerMessage => ({ namespace: NAMESPACE, type: 'hello' });
export const bye = (): SpeakerMessage => ({ namespace: NAMESPACE, type: 'bye' });
export const command = (name: SpeakerCommand): SpeakerMessage => ({ namespace: NAMESPACE, type: 'command', command: name });
export const deckState = (fields: Omit<DeckState, 'namespace' | 'type'>): DeckState => ({ namespace: NAMESPACE, type: 'state', ...fields });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= -1 && (value as number) < 10_000;

export function isSpeakerMessage(data: unknown): data is SpeakerMessage {
  if (!isRecord(data) || data['namespace'] !== NAMESPACE) return false;
  return data['type'] === 'hello' || data['type'] === 'bye' || (data['type'] === 'command' && COMMANDS.includes(data['command'] as SpeakerCommand));
}

export function isDeckState(data: unknown): data is DeckState {
  if (!isRecord(data) || data['namespace'] !== NAMESPACE || data['type'] !== 'state') return false;
  const { position, theme, live } = data;
  return (
    isRecord(position) &&
    isIndex(position['indexh']) &&
    isIndex(position['indexv']) &&
    isIndex(position['indexf']) &&
    typeof position['paused'] === 'boolean' &&
    (theme === 'light' || theme === 'dark') &&
    isRecord(live) &&
    typeof live['state'] === 'string'
  );
}

/** The target origin for postMessage: this origin, or any from disk (file: pages have opaque origins). */
export function messageOrigin(): string {
  return location.protocol === 'file:' ? '*' : location.origin;
}

/** The address of this page with only `?name` (and `&rest`) in its query and no fragment. */
function pageWith(query: string): string {
  const url = new URL(location.href);
  url.search = query;
  url.hash = '';
  return url.href;
}

/** The speaker view's address: this same page, which then shows the speaker view instead of the deck. */
export function speakerViewUrl(): string {
  return pageWith(`?${QUERY.view}=${VIEW.speaker}`);
}

/**
 * A preview's address: the deck in reveal's embedded mode (no controls, no toolbar, charts drawn at
 * once), telling its parent when it is ready, without transitions, so it shows a step at once.
 */
export function previewUrl(): string {
  return pageWith(`?${QUERY.receiver}&postMessageEvents=true&transition=none&backgroundTransition=none&controls=false&progress=false&slideNumber=false&autoSlide=0`);
}

/** True when the speaker view is what this window was opened for. */
export function isSpeakerWindow(): boolean {
  return new URLSearchParams(location.search).get(QUERY.view) === VIEW.speaker;
}
