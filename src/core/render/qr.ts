/** The closing slide's QR code, encoded by the `qrcode` library at build time and drawn as inline SVG. */
import QRCode from 'qrcode';
import { Html, html } from './html.ts';

/**
 * The deck's public address as the closing slide shows it: an https address a phone can open from
 * the QR code. Anything else stops the build, naming the one place the address is set. A user name
 * or password would be published in the QR code and og:url; a query or a fragment would be kept in
 * every link made from it: both are refused, with the line as it should read.
 */
export function checkPublicUrl(url: string): string {
  const parts = /^https:\/\/([^\s/?#]*)([^\s?#]*)([?#]\S*)?$/.exec(url);
  if (parts) {
    const [, authority = '', path = '', tail] = parts;
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    const fixed = `"homepage": "https://${host}${path || '/'}"`;
    if (authority.includes('@')) throw new Error(`The public address (package.json "homepage") must not carry a user name or password: they would be published in the QR code and the page. Make the line read ${fixed}.`);
    if (tail) throw new Error(`The public address (package.json "homepage") must not carry a query or a fragment ("${tail}"): make the line read ${fixed}.`);
  }
  if (!parts || !/^[^.]+\.[^.]/.test(parts[1] ?? '')) {
    throw new Error(`The public address (package.json "homepage") must be a full https:// address such as https://example.org/talk/, got "${url}". Leave it "" while the deck is unpublished.`);
  }
  return url;
}

/** An SVG QR code of `text`: dark modules on a light quiet zone, so phones read it off a dark slide. */
export function qrSvg(text: string, label: string): Html {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const size = modules.size + quiet * 2;
  let path = '';
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return html`<svg class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label="${label}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
