/**
 * The live relay in the speaker view (when `npm run present` serves the deck): its state, how many
 * follow, and the Remote and Follow addresses as the QR codes the relay drew of them.
 */
import type { LiveStatus } from '../live/status.ts';

const STATE_WORDS: Record<LiveStatus['state'], string> = {
  off: 'Not live',
  connecting: 'Connecting to the relay…',
  live: 'Live',
  lost: 'Relay lost: reconnecting…',
};

let shownKey = '';

function addressCard(label: string, url: string, svg: string): HTMLElement {
  const card = document.createElement('figure');
  card.className = 'sv-qr';
  // The relay's SVG markup (modules as one path, the label escaped). Parsed as HTML, as the closing
  // slide's copy is: the markup names no namespace, which HTML's parser supplies.
  const code = document.importNode(new DOMParser().parseFromString(svg, 'text/html').body.firstElementChild!, true);
  const caption = document.createElement('figcaption');
  const name = document.createElement('strong');
  name.textContent = label;
  const address = document.createElement('span');
  address.textContent = url;
  caption.append(name, address);
  card.append(code, caption);
  return card;
}

export function showLive(panel: HTMLElement, live: LiveStatus): void {
  const key = JSON.stringify(live);
  if (key === shownKey) return;
  shownKey = key;
  panel.hidden = live.state === 'off';
  if (panel.hidden) return panel.replaceChildren();
  const status = document.createElement('p');
  status.className = 'sv-live-state';
  status.dataset.state = live.state;
  status.textContent = `${STATE_WORDS[live.state]}${live.followers !== undefined ? ` · ${live.followers} following` : ''}`;
  panel.replaceChildren(status);
  // The relay draws the codes (src/node/live/relay.ts), as it does the closing slide's: the page carries no QR encoder.
  const addresses = [
    ['Remote: your phone', live.remoteUrl, live.remoteQr],
    ['Follow: the room', live.followUrl, live.followQr],
  ].filter((entry): entry is [string, string, string] => !!entry[1] && !!entry[2]);
  panel.append(...addresses.map(([label, url, svg]) => addressCard(label, url, svg)));
}
