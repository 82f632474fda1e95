/**
 * The live relay (`npm run present`): a WebSocket endpoint on the deck's own HTTP server, at
 * <base>live, that passes the presenter's position to every follower and the remote's commands to
 * the presenter's deck (the protocol: src/core/live-protocol.ts).
 *
 * What it refuses, and why: an upgrade from a page of another origin (any web site the room has
 * open could otherwise join, or with a stolen key, drive), one without Origin (every browser sends
 * it, so a socket without it is not a page of this deck), more sockets than it holds; a hello with
 * a wrong key; messages too large (ws's maxPayload closes such a socket), malformed, or too many
 * (a token bucket per socket). Whatever one socket sends, the relay carries on for the others.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { LIVE } from '../../core/contract.ts';
import {
  BAD_KEY_REASON,
  CLOSE,
  MAX_MESSAGE_BYTES,
  mayRoleSend,
  parseClientMessage,
  RELAY_RATE,
  type ClientMessage,
  type DeckPosition,
  type LiveAddresses,
  type LiveLinks,
  type LiveRole,
  type RelayMessage,
} from '../../core/live-protocol.ts';
import { qrSvg } from '../../core/render/qr.ts';
import { hostAllowed } from '../serve/host-check.ts';
import { parseTarget } from '../serve/request-target.ts';
import { rateLimit } from '../../core/rate-limit.ts';
import { keyMatches, type LiveKeys } from './keys.ts';

export interface RelayOptions {
  readonly server: Server;
  /** The deck's base path ("/" or "/talks/deepseek/"): the socket is at <base>live. */
  readonly base: string;
  /** The address the server is bound to, which decides the Host headers answered (as for pages). */
  readonly host: string;
  readonly keys: LiveKeys;
  readonly addresses: LiveAddresses;
  /** Sockets held at once, all roles together; more are refused with 503. */
  readonly maxConnections?: number;
  /** Milliseconds a socket has to say hello. */
  readonly helloTimeout?: number;
  /** Milliseconds between pings: a socket that missed the last pong (a phone gone to sleep) is dropped. */
  readonly heartbeat?: number;
}

export interface Relay {
  /** Sockets open now, by role (unsure: opened but no hello yet). */
  counts(): Readonly<Record<LiveRole | 'unsure', number>>;
  /** Ends every socket of a role at once, as a network drop would: the windows reconnect on their own. */
  disconnect(role: LiveRole): void;
  close(): Promise<void>;
}

interface Peer {
  role?: LiveRole;
  alive: boolean;
  allow: () => boolean;
}

const DEFAULT_MAX_CONNECTIONS = 1000;

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

export function attachRelay(options: RelayOptions): Relay {
  const path = `${options.base}${LIVE.socketPath}`;
  const allowedHost = hostAllowed(options.host);
  const maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  const helloTimeout = options.helloTimeout ?? 5000;
  // perMessageDeflate off: messages are tiny, and compression per socket costs memory and time.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const peers = new Map<WebSocket, Peer>();
  let last: DeckPosition | null = null;
  const links: LiveLinks = {
    remote: options.addresses.remote,
    follow: options.addresses.follow,
    remoteQr: qrSvg(options.addresses.remote, 'QR code of the remote address').markup,
    followQr: qrSvg(options.addresses.follow, 'QR code of the follow address').markup,
  };

  const inRole = (role: LiveRole) => [...peers].filter(([, peer]) => peer.role === role).map(([socket]) => socket);
  const send = (socket: WebSocket, message: RelayMessage): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  /** One serialisation and one encoding for every receiver: with 300 followers, a slide change costs only the sends. */
  const broadcast = (receivers: readonly WebSocket[], message: RelayMessage) => {
    const bytes = Buffer.from(JSON.stringify(message));
    for (const socket of receivers) if (socket.readyState === socket.OPEN) socket.send(bytes, { binary: false });
  };
  const peersMessage = (): RelayMessage => ({ type: 'peers', presenter: inRole('presenter').length > 0, followers: inRole('follower').length });
  const tellPeers = () => broadcast([...inRole('presenter'), ...inRole('remote')], peersMessage());
  const welcome = (role: LiveRole): RelayMessage => ({
    type: 'welcome',
    role,
    state: last,
    presenter: inRole('presenter').length > 0,
    followers: inRole('follower').length,
    ...(role === 'presenter' ? { addresses: links } : {}),
  });

  const handle = (socket: WebSocket, peer: Peer, message: ClientMessage): void => {
    if (message.type === 'hello') {
      if (peer.role) return send(socket, { type: 'refused', reason: 'this socket has said hello already' });
      if (message.role !== 'follower' && !keyMatches(message.key, options.keys[message.role])) {
        return socket.close(CLOSE.badKey, BAD_KEY_REASON[message.role]);
      }
      peer.role = message.role;
      send(socket, welcome(message.role));
      return tellPeers();
    }
    if (!peer.role) return socket.close(CLOSE.noHello, 'say hello first');
    if (!mayRoleSend(peer.role, message)) {
      return send(socket, { type: 'refused', reason: `a ${peer.role} cannot send ${message.type}: a follower's keys move only its own view` });
    }
    switch (message.type) {
      case 'sync':
        return send(socket, welcome(peer.role));
      case 'state':
        last = { h: message.h, v: message.v, f: message.f };
        return broadcast([...peers.keys()].filter((other) => other !== socket && peers.get(other)!.role), { type: 'state', ...last });
      case 'command': {
        const presenters = inRole('presenter');
        if (presenters.length === 0) return send(socket, { type: 'refused', reason: 'no presenter deck is connected to move' });
        return broadcast(presenters, message);
      }
    }
  };

  const admit = (socket: WebSocket): void => {
    const peer: Peer = { alive: true, allow: rateLimit(RELAY_RATE) };
    peers.set(socket, peer);
    const helloTimer = setTimeout(() => peer.role || socket.close(CLOSE.noHello, 'say hello first'), helloTimeout);
    socket.on('pong', () => (peer.alive = true));
    // A socket's error (a malformed frame, a payload over maxPayload) closes that socket only.
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      clearTimeout(helloTimer);
      const had = peer.role;
      peers.delete(socket);
      if (had) tellPeers();
    });
    socket.on('message', (data, isBinary) => {
      if (!peer.allow()) return;
      if (isBinary) return send(socket, { type: 'refused', reason: 'messages are JSON text' });
      const parsed = parseClientMessage(data.toString());
      if (!parsed.ok) {
        if (!peer.role) return socket.close(CLOSE.noHello, 'say hello first');
        return send(socket, { type: 'refused', reason: parsed.reason });
      }
      try {
        handle(socket, peer, parsed.message);
      } catch (error) {
        console.error(`Live relay: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on('error', () => socket.destroy());
    const target = parseTarget(request.url);
    if (!target.ok || target.target.pathname !== path) return refuseUpgrade(socket, 404, 'Not Found');
    const host = request.headers.host;
    if (!allowedHost(host)) return refuseUpgrade(socket, 403, 'Forbidden');
    // The page's own origin is http://<the Host it asked>; a page of any other site sends its own.
    if (request.headers.origin !== `http://${host}`) return refuseUpgrade(socket, 403, 'Forbidden');
    if (peers.size >= maxConnections) return refuseUpgrade(socket, 503, 'Service Unavailable');
    sockets.handleUpgrade(request, socket, head, admit);
  };
  options.server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const [socket, peer] of peers) {
      if (!peer.alive) socket.terminate();
      else {
        peer.alive = false;
        socket.ping();
      }
    }
  }, options.heartbeat ?? 15_000);
  heartbeat.unref();

  return {
    counts: () => {
      const counts = { presenter: 0, remote: 0, follower: 0, unsure: 0 };
      for (const peer of peers.values()) counts[peer.role ?? 'unsure']++;
      return counts;
    },
    disconnect: (role) => {
      for (const socket of inRole(role)) socket.terminate();
    },
    close: () =>
      new Promise((done) => {
        clearInterval(heartbeat);
        options.server.off('upgrade', onUpgrade);
        for (const socket of peers.keys()) socket.terminate();
        sockets.close(() => done());
      }),
  };
}
