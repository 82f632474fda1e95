/**
 * How the deck's plugins are made: each is a reveal.js plugin (`{ id, init, destroy }`) whose init
 * sets its concern up and whose destroy takes all of it down again.
 */
import type { RevealApi, RevealPlugin } from 'reveal.js';

/**
 * What a plugin sets up in its init and takes down in its destroy. Listeners added with `signal`
 * (on the window, the document, or reveal's events: `reveal.on(type, listener, { signal })`) go when
 * it ends, and so does everything handed to `add` (observers, patches, key bindings), last first.
 */
export class Lifetime {
  readonly #controller = new AbortController();
  readonly #undo: (() => void)[] = [];

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  add(undo: () => void): void {
    this.#undo.push(undo);
  }

  end(): void {
    this.#controller.abort();
    this.#undo.splice(0).reverse().forEach((undo) => undo());
  }
}

/** A plugin whose init runs `setUp` with a lifetime of its own, which the plugin's destroy ends. */
export function definePlugin(id: string, setUp: (reveal: RevealApi, life: Lifetime) => void): RevealPlugin {
  let life: Lifetime | undefined;
  return {
    id,
    init: (reveal) => {
      life = new Lifetime();
      setUp(reveal, life);
    },
    destroy: () => {
      life?.end();
      life = undefined;
    },
  };
}
