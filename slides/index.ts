/**
 * The talk: its metadata, its parts in order, its registries and its own slide kinds. This is the
 * only place the order of slides lives; vite.config.ts hands this value to the engine, the build
 * and every command.
 */
import pkg from '../package.json' with { type: 'json' };
import { AS_OF } from './as-of.ts';
import { talk } from './authoring.ts';
import { costModel } from './kinds/cost-model.ts';
import { REGISTRY_DATA } from './registry.ts';
import { closing } from './sections/closing.ts';
import { costDebate } from './sections/cost-debate.ts';
import { market } from './sections/market.ts';
import { narrativeWar } from './sections/narrative-war.ts';
import { introduction, opening } from './sections/opening.ts';
import { reactions } from './sections/reactions.ts';
import { since } from './sections/since.ts';
import { theFacts } from './sections/the-facts.ts';
import { verdict } from './sections/verdict.ts';

export const deck = talk({
  meta: {
    title: 'DeepSeek: Black Swan for the MAG7?',
    subtitle: 'A meetup talk on the DeepSeek sell-off',
    author: 'The DeepSeek talk team',
    description:
      'A 20-minute talk on DeepSeek R1 and the market sell-off of 27 January 2025: the facts, the cost debate, Big Tech’s reactions, what happened next and whether it was a black swan.',
    keywords: ['DeepSeek', 'R1', 'NVIDIA', 'Magnificent 7', 'black swan', 'AI', 'markets'],
    lang: 'en',
    publicUrl: pkg.homepage,
    asOf: AS_OF,
  },
  registry: REGISTRY_DATA,
  kinds: { 'cost-model': costModel },
  wording: { interestLabel: 'Stake', paragraphsLabel: 'Essay' },
  sections: [opening, market, introduction, theFacts, costDebate, narrativeWar, reactions, since, verdict, closing],
});
