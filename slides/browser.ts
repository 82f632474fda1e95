/** The talk's code and styles in the page: its own slide kinds' browser behaviour and looks. */
import type { RevealPlugin } from 'reveal.js';
import './kinds/cost-model.css';
import './motif.css';
import { costModelPlugin } from './kinds/cost-model.browser.ts';

export const plugins: readonly RevealPlugin[] = [costModelPlugin];
