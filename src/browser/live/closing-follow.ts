/**
 * While the talk is presented live, the closing slide shows the Follow address with its QR code, so
 * the room can keep the slides on their phones; it goes again when the relay is gone.
 */
import type { Lifetime } from '../lifetime.ts';
import { CLASS, SLIDE_FILLED_EVENT } from '../../core/contract.ts';
import { onLiveStatus, type LiveStatus } from './status.ts';

/** Where the block goes: after the closing slide's own content, inside its body. */
const CLOSING_BODY = 'section[data-kind="closing"] .slide-body';

function followBlock(url: string, qrMarkup: string): HTMLElement {
  const block = document.createElement('div');
  block.className = CLASS.closingFollow;
  // The relay drew this SVG from the address it printed: markup of this deck's own server. Parsed as
  // HTML, as the closing slide's own QR code is, so it lands in the SVG namespace without an xmlns.
  const svg = new DOMParser().parseFromString(qrMarkup, 'text/html').body.firstElementChild;
  if (!svg) throw new Error('The relay sent no QR code for the Follow address.');
  const text = document.createElement('p');
  text.append('Follow along on your phone: ');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = url.replace(/^https?:\/\//, '');
  text.append(link);
  block.append(document.importNode(svg, true), text);
  return block;
}

export function showFollowOnClosing(life: Lifetime): void {
  let shown: HTMLElement | undefined;
  let last: LiveStatus | undefined;
  const render = (status: LiveStatus) => {
    last = status;
    const wanted = status.state === 'live' && status.followUrl && status.followQr ? status.followUrl : undefined;
    if (wanted && shown?.isConnected && shown.dataset.url === wanted) return;
    shown?.remove();
    shown = undefined;
    const body = document.querySelector<HTMLElement>(CLOSING_BODY);
    if (!wanted || !body) return;
    shown = followBlock(wanted, status.followQr!);
    shown.dataset.url = wanted;
    body.append(shown);
  };
  life.add(onLiveStatus(render));
  // The closing slide may be deferred (src/browser/deferred-slides.ts): its content, once in, replaces the block.
  document.addEventListener(SLIDE_FILLED_EVENT, () => last && render(last), { signal: life.signal });
  life.add(() => shown?.remove());
}
