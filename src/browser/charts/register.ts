/**
 * What every chart kind draws with: Chart.js's value scales, legend and tooltips. Each kind registers
 * its own controller and axes in kinds/, so only what the deck's charts use is in the bundle.
 */
import { Chart, Legend, LinearScale, LogarithmicScale, Tooltip } from 'chart.js';

Chart.register(LinearScale, LogarithmicScale, Legend, Tooltip);

export { Chart };
