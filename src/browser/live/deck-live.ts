/**
 * The deck on the live relay of `npm run present`: the Presenter address (its key in the fragment)
 * makes this window the presenter, the Follow address (?follow) a follower; any other address, a
 * static host without the relay, or the single file from disk opens no socket at all.
 */
import { QUERY } from '../../core/contract.ts';
import { definePlugin } from '../lifetime.ts';
import { showFollowOnClosing } from './closing-follow.ts';
import { follow } from './follower.ts';
import { linkPresenter } from './presenter-link.ts';
import { relayPossible } from './socket.ts';

/** `key`: the presenter's key taken from the address before reveal started (key.ts). */
export function deckLive(key: string | undefined) {
  return definePlugin('live', (reveal, life) => {
    // The speaker view's previews and the print view are copies of the deck, not windows of the room.
    if (!relayPossible() || reveal.isSpeakerNotes() || reveal.isPrintView()) return;
    const following = new URLSearchParams(location.search).has(QUERY.follow);
    if (key === undefined && !following) return;
    reveal.on(
      'ready',
      () => {
        if (key !== undefined) {
          showFollowOnClosing(life);
          linkPresenter(reveal, life, key);
        } else follow(reveal, life);
      },
      { signal: life.signal },
    );
  });
}
