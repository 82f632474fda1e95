/** The fixture talk as the engine's specs see it: its slides as the build renders them. */
import { renderDeck } from '../../../src/core/render/render-deck.ts';
import { fixtureTalk } from '../../fixtures/talk/index.ts';

export const FIXTURE_IDS = renderDeck(fixtureTalk).slides.map((s) => s.slide.id);
