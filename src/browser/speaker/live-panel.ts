/**
 * The live relay in the speaker view (when `npm run present` serves the deck): its state, how many
 * follow, and the Remote and Follow addresses as QR codes. The QR encoder loads only when there is
 * an address to show, so neither a reader nor a speaker presenting without the relay downloads it.
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
  // The encoder's own SVG markup (modules as one path, the label escaped by its html tag). Parsed as
  // HTML, as the closing slide's copy is: the markup names no namespace, which HTML's parser supplies.
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
  const addresses = [
    ['Remote: your phone', live.remoteUrl],
    ['Follow: the room', live.followUrl],
  ].filter((entry): entry is [string, string] => !!entry[1]);
  if (addresses.length === 0) return;
  void import('../../core/render/qr.ts').then(({ qrSvg }) => {
    // A newer status came in while the encoder loaded: that one is drawn instead.
    if (key !== shownKey) return;
    panel.append(...addresses.map(([label, url]) => addressCard(label, url, qrSvg(url, `QR code: ${label}`).markup)));
  });
}
