/**
 * The one place Chart.js is set up: only the controllers, elements, scales and plugins the deck's
 * charts use are registered, so the rest of Chart.js stays out of the bundle.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LogarithmicScale, Tooltip } from 'chart.js';
import { valueLabelsPlugin } from './value-labels.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Legend, Tooltip, valueLabelsPlugin);

export { Chart };
