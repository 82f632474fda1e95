/** Part 3: the cost debate: what the $5.576M counts, what it leaves out, who estimates more, the tweaks, the prices. */
import { f, section, t } from '../authoring.ts';
import { formatValue } from '../../src/core/format.ts';
import { fact, factNumber } from '../registry.ts';
import { AS_OF_TEXT } from '../as-of.ts';
import type { FactId } from '../facts.ts';
import { apiPrices, v3VsLlamaCompute } from '../charts.ts';
import { costBill } from '../pictures.ts';

/** A fact as a code literal, digits grouped the way code groups them: 2_664_000. */
const literal = (id: FactId): string => factNumber(id).toLocaleString('en-US', { maximumFractionDigits: 3 }).replaceAll(',', '_');
/** A fact as a program would print it: 2788000. */
const printed = (id: FactId): string => String(factNumber(id));

/** The report's cost arithmetic, every figure from the fact registry. */
const costArithmetic = `// DeepSeek-V3 technical report: H800 GPU-hours by stage
const gpuHours = {
  preTraining: ${literal('v3-pretrain-hrs')},
  contextExtension: ${literal('v3-ctx-hrs')},
  postTraining: ${literal('v3-post-hrs')},
};
const dollarsPerGpuHour = ${literal('v3-rate')}; // assumed rental price

const hours = Object.values(gpuHours).reduce((a, b) => a + b);
console.log(hours);                     // ${printed('v3-total-hrs')}
console.log(hours * dollarsPerGpuHour); // ${printed('v3-cost-from-hrs')}

// Not in it: research, ablations, the chips, the people`;

/**
 * Model names the code below calls or names: each is a dated fact in the registry, and the code
 * prints that date beside the name, so a retired name cannot sit on the slide unnoticed.
 */
const CODE_MODEL_NAMES = {
  'deepseek-flash': 'api-name-deepseek-flash',
  'deepseek-reasoner': 'api-legacy-retired',
  'DeepSeek-R1-Distill-Qwen-7B': 'api-name-r1-distill-qwen-7b',
} as const satisfies Record<string, FactId>;

const dated = (name: keyof typeof CODE_MODEL_NAMES): string => formatValue(fact(CODE_MODEL_NAMES[name]).value);

/** DeepSeek's API through OpenAI's own client, with the names that work today; and an offline option. */
const runItYourself = `# DeepSeek's API speaks OpenAI's protocol
import os
from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com",
                api_key=os.environ["DEEPSEEK_API_KEY"])
reply = client.chat.completions.create(
    model="deepseek-flash",  # V4.1-Flash, named ${dated('deepseek-flash')}
    messages=[{"role": "user", "content": "Black swan or not?"}])

# R1's name, "deepseek-reasoner", stopped working ${dated('deepseek-reasoner')}.
# Offline: DeepSeek-R1-Distill-Qwen-7B (${dated('DeepSeek-R1-Distill-Qwen-7B')}), laptop-sized,
# far weaker than R1: no stand-in for o1.`;

export const costDebate = section({
  id: 'cost-debate',
  title: 'The cost debate',
  slides: [
    {
      kind: 'section',
      id: 'cost-divider',
      title: 'The cost debate',
      kicker: 'Millions or billions? It depends on what you count.',
      timing: 10,
      paragraphs: ['P07'],
      notes: [
        t`Now the number that actually moved the market: what it cost to build this model. Almost every argument that week was really an argument about what to count.`,
      ],
    },
    {
      kind: 'statement',
      id: 'cost-headline',
      title: 'One number shook the market',
      figure: 'v3-cost',
      statement: t`to train DeepSeek-V3: the final run, at an assumed rental price`,
      detail: t`o1’s ${f('cmp-o1-cost-claim', 'short')}: a figure I repeated, unsourced.`,
      timing: 25,
      paragraphs: ['P07'],
      notes: [
        t`What shocked people was DeepSeek's figure: about ${f('v3-cost', 'short')} of compute to train V3. Set against it was a billion dollars said to have gone into OpenAI's o1.`,
        t`Look at what the ${f('v3-cost')} is. It counts the GPU-hours of the final run on ${f('v3-gpus')} H800s. DeepSeek owns that cluster; the report prices the hours at an assumed rental rate.`,
        t`The report itself leaves out research and ablation runs. And the billion? I repeated it, and I found no source for it. OpenAI never published a training cost for o1, so the two cannot be compared.`,
      ],
    },
    {
      kind: 'diagram',
      id: 'cost-bill',
      title: 'The headline counts one thin slice of the bill',
      picture: costBill(),
      takeaway: t`The final run, not the research, the chips or the people.`,
      sources: ['deepseek-v3-report'],
      timing: 25,
      paragraphs: ['P07', 'P13b'],
      notes: [
        t`Picture the whole bill for building a lab like DeepSeek. The chips and the data centres come first, then years of research and failed runs, then the people.`,
        t`The famous number is only the thin slice on top: renting the GPUs for the last training run. The report says so itself, in plain words, so nobody was hiding anything.`,
      ],
    },
    {
      kind: 'code',
      id: 'cost-arithmetic',
      title: 'The headline cost is one multiplication',
      language: 'typescript',
      code: costArithmetic,
      caption: t`${f('v3-gpus')} H800s, three stages, ${f('v3-rate')}: the report’s ${f('v3-cost')}.`,
      sources: ['deepseek-v3-report'],
      timing: 25,
      paragraphs: ['P07'],
      notes: [
        t`You can check the headline yourself. Add the three stages and you get ${f('v3-total-hrs')}. Multiply by ${f('v3-rate')} and out comes ${f('v3-cost')}, exactly the report's figure.`,
        t`Every number in this code comes from the deck's fact registry, so it cannot drift from the other slides. What it cannot show is the rest: research, failed runs, the cluster and the people.`,
      ],
    },
    {
      kind: 'chart',
      id: 'v3-vs-llama',
      title: 'V3 used a tenth of the compute of Meta’s biggest Llama',
      chart: v3VsLlamaCompute,
      takeaway: t`A comparison no rental price can distort.`,
      layout: 'evidence',
      timing: 25,
      paragraphs: ['P10', 'P13c'],
      notes: [
        t`This comparison needs no rental price. Meta's model card says Llama 3.1 405B took ${f('cmp-llama405-hrs')}. V3 took ${f('v3-total-hrs-stated')}, so Llama used ${f('llama405-vs-v3-hrs')} as much.`,
        t`The chips differ a little. The H800 has the H100's compute, but its links between chips are cut to ${f('h800-nvlink')}, from ${f('h100-nvlink')}. So this is no price comparison, yet the efficiency was real.`,
      ],
    },
    {
      kind: 'table',
      id: 'real-spend',
      title: 'Every estimate of DeepSeek’s spend comes with a stake',
      columns: ['Who', 'Says', 'Stake'],
      rows: [
        [t`DeepSeek`, t`${f('v3-cost', 'short')}, one run`, t`Cheap is its pitch`],
        [t`SemiAnalysis`, t`${f('semianalysis-server-capex', 'short')} of servers`, t`Sells chip research`],
        [t`Dario Amodei`, t`${f('amodei-deepseek-chips')}`, t`Rival lab`],
        [t`Alexandr Wang`, t`${f('wang-h100-claim')}, unproven`, t`Sells data to labs`],
      ],
      caption: t`Fleets, not one run.`,
      timing: 40,
      paragraphs: ['P07', 'P12', 'P13b'],
      notes: [
        t`So what did DeepSeek really spend? Nobody outside knows, and every estimate comes from someone with a stake.`,
        t`SemiAnalysis sells research to the chip industry. It estimates about fifty thousand Hopper GPUs and ${f('semianalysis-server-capex', 'short')} of servers, though one analyst found its table inconsistent.`,
        t`Dario Amodei of Anthropic argues for export controls. He gives a similar fleet, and says his own Claude 3.5 Sonnet cost a few tens of millions. Alexandr Wang claimed fifty thousand H100s, without evidence.`,
        t`These are fleets, not one run, so none of them contradicts the report.`,
      ],
    },
    {
      kind: 'cost-model',
      id: 'cost-model',
      title: 'Millions or billions: both are true',
      gpuHours: 'v3-total-hrs-stated',
      pricePerHour: 'v3-rate',
      hardware: 'semianalysis-server-capex',
      timing: 35,
      paragraphs: ['P07', 'P13b'],
      notes: [
        t`This is the whole debate in one widget. Move the GPU-hours or the hourly price and you stay in the millions: that is the rent for the final run. Switch on SemiAnalysis's estimate of the servers and the total passes a billion dollars.`,
        t`Both are honest answers to different questions. What did the last run cost, and what does it take to be DeepSeek? The headlines set the first kind of number against a guess of the second kind.`,
      ],
    },
    {
      kind: 'table',
      id: 'tweaks',
      title: 'Every tweak saves what a chip-starved lab lacked',
      columns: ['Trick', 'Cuts'],
      rows: [
        [t`Latent attention`, t`Memory per token`],
        [t`DeepSeekMoE`, t`Compute: only ${f('v3-params-active', 'short')} of ${f('v3-params-total', 'short')} active`],
        [t`Loss-free balancing`, t`Idle experts`],
        [t`Multi-token prediction`, t`Data needed`],
        [t`FP8`, t`Memory and time`],
        [t`DualPipe`, t`Waiting on slow links`],
        [t`GRPO, pure RL`, t`A critic model; worked examples`],
      ],
      caption: t`Same compute as the H100, links cut to ${f('h800-nvlink')} from ${f('h100-nvlink')}.`,
      sources: ['deepseek-v3-report', 'deepseek-r1-paper'],
      timing: 40,
      paragraphs: ['P10', 'P13b', 'P13c'],
      notes: [
        t`Experts soon pointed at a stack of tricks, and all of them say: short of compute. Latent attention shrinks the memory each token needs.`,
        t`The mixture of experts wakes only ${f('v3-params-active', 'short')} of ${f('v3-params-total', 'short')} parameters per token. A bias term keeps the experts evenly busy without the usual penalty.`,
        t`Predicting an extra token, eight-bit numbers and the DualPipe schedule all work around the H800's cut links. DeepSeek measured ${f('v3-nvlink-measured')} on them in practice.`,
        t`For R1, GRPO dropped the critic model, and R1-Zero learned to reason from rewards alone. Its AIME score rose from ${f('r1zero-aime-start')} to ${f('r1zero-aime-end')}.`,
      ],
    },
    {
      kind: 'chart',
      id: 'api-prices',
      title: 'R1 was cheaper to run, not only to train',
      chart: apiPrices,
      takeaway: t`R1 against o1: the Chinese price war goes global.`,
      timing: 30,
      paragraphs: ['P07', 'P13c', 'P16'],
      notes: [
        t`Cheap training is half the story; the other half is the price of using it. DeepSeek listed R1 at ${f('px-r1-in-miss')} for input and ${f('px-r1-out')} for output.`,
        t`OpenAI's o1 cost ${f('px-o1-in')} and ${f('px-o1-out')}: ${f('px-o1-vs-r1-output')} as much on output. Mind the log scale, where each step is tenfold.`,
        t`This is V2's price war, gone global. OpenAI's cheaper o3-mini was no reply to R1, though: it was previewed on ${f('rel-o3-mini-preview')} and shipped on ${f('rel-o3-mini')}.`,
      ],
    },
    {
      kind: 'code',
      id: 'run-it-yourself',
      title: 'Anyone can call DeepSeek with OpenAI’s own client',
      language: 'python',
      code: runItYourself,
      caption: t`${AS_OF_TEXT}: output at ${f('px-flash-out')}.`,
      sources: ['deepseek-api-pricing', 'deepseek-r1-readme'],
      timing: 35,
      paragraphs: ['P07', 'P09', 'P16', 'P17'],
      notes: [
        t`OpenAI had just started charging ${f('px-chatgpt-pro')} for ChatGPT Pro, with unlimited o1. Meanwhile anyone could point OpenAI's own client at DeepSeek and pay by the token.`,
        t`The names have changed since. R1's API name stopped working on ${f('api-legacy-retired')}; today's is deepseek-flash, from ${f('api-name-deepseek-flash')}. Input costs ${f('px-flash-in')}, depending on the hour.`,
        t`The small distilled models of ${f('api-name-r1-distill-qwen-7b')} run offline on a laptop. They are far weaker than R1, so no match for o1. But small models on a phone suit a privacy-minded Apple.`,
      ],
    },
  ],
});
