/** Part 3: the cost debate: what the $5.576M counts, what it leaves out, who estimates more, the tweaks, the prices. */
import { f, section, t } from '../authoring.ts';
import { factNumber } from '../registry.ts';
import type { FactId } from '../facts.ts';
import { apiPrices, v3CostByStage, v3VsLlamaCompute } from '../charts.ts';

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

/** Calling R1 the way any OpenAI client can, and running a distilled R1 with no account at all. */
const runItYourself = `# R1 through DeepSeek's OpenAI-compatible API
import os
from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com",
                api_key=os.environ["DEEPSEEK_API_KEY"])
reply = client.chat.completions.create(
    model="deepseek-reasoner",
    messages=[{"role": "user", "content": "Black swan or not?"}],
)
print(reply.choices[0].message.content)

# Or a distilled R1 on a laptop, offline, no account:
#   ollama run deepseek-r1:7b`;

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
      kind: 'chart',
      id: 'cost-headline',
      title: 'The number that shook the market',
      chart: v3CostByStage,
      takeaway: t`${f('v3-cost', 'short')}: one run on rented chips. o1’s ${f('cmp-o1-cost-claim', 'short')}: the essay’s claim, unsourced.`,
      timing: 45,
      paragraphs: ['P07'],
      notes: [
        t`What shocked people was DeepSeek's statement that training V3 took only about ${f('v3-cost', 'short')} of compute, set against a billion dollars said to have gone into OpenAI's o1. Look at what the ${f('v3-cost')} is: GPU-hours for pre-training, context extension and post-training, priced at an assumed rental rate. The report itself says research and ablation experiments are not included.`,
        t`And the billion? The essay repeated it, and I could not find any source for it; OpenAI has never published a training cost for o1. Nobody knows what it would include, so the two numbers cannot even be compared.`,
      ],
    },
    {
      kind: 'code',
      id: 'cost-arithmetic',
      title: 'Check the arithmetic yourself',
      language: 'typescript',
      code: costArithmetic,
      caption: t`Three stages at ${f('v3-rate')} give the report’s ${f('v3-cost')}.`,
      sources: ['deepseek-v3-report'],
      timing: 30,
      paragraphs: ['P07'],
      notes: [
        t`The headline is one multiplication, and you can check it. Add the three stages and you get ${f('v3-total-hrs')}; multiply by ${f('v3-rate')} and out comes ${f('v3-cost')}, exactly the report's figure. Every number in this code is generated from the deck's fact registry, so it cannot drift from the other slides. What the code cannot show is everything outside the multiplication: the research, the failed runs, the cluster itself and the people.`,
      ],
    },
    {
      kind: 'chart',
      id: 'v3-vs-llama',
      title: 'Far less compute than Meta’s biggest Llama',
      chart: v3VsLlamaCompute,
      takeaway: t`A comparison no rental price can distort.`,
      timing: 30,
      paragraphs: ['P10', 'P13c'],
      notes: [
        t`Here is a comparison that does not depend on anyone's rental price. Meta's own model card says Llama 3.1 405B took ${f('cmp-llama405-hrs')}; V3 took ${f('v3-total-hrs-stated')}. That is ${f('llama405-vs-v3-hrs')} the compute for a model in the same league. The chips differ, Meta's H100s being faster than the cut-down H800s, so this is not a price comparison, but it shows the efficiency was real.`,
      ],
    },
    {
      kind: 'table',
      id: 'real-spend',
      title: 'What did DeepSeek really spend? Mind who answers',
      columns: ['Who', 'Says', 'Stake'],
      rows: [
        [t`DeepSeek`, t`${f('v3-cost', 'short')}, final run only`, t`Cheap is its pitch`],
        [t`SemiAnalysis`, t`${f('semianalysis-gpus')}; ${f('semianalysis-server-capex', 'short')} of servers`, t`Sells chip research`],
        [t`Dario Amodei`, t`${f('amodei-deepseek-chips')}, about ${f('amodei-deepseek-chips-value', 'short')}`, t`Rival lab; wants export curbs`],
        [t`Alexandr Wang`, t`${f('wang-h100-claim')}, H100s, unproven`, t`Sells data to US labs`],
      ],
      caption: t`Fleets, not one run: another question.`,
      timing: 45,
      paragraphs: ['P07', 'P12', 'P13b'],
      notes: [
        t`So what did DeepSeek really spend? Nobody outside knows, and every estimate comes from someone with a stake. SemiAnalysis, which sells research to the chip industry, estimates about fifty thousand Hopper GPUs and ${f('semianalysis-server-capex', 'short')} of servers, though one analyst found its table inconsistent. Anthropic's Dario Amodei, who argues for export controls, gives a similar fleet and says his Claude 3.5 Sonnet cost a few tens of millions. Alexandr Wang claimed fifty thousand H100s, without evidence.`,
        t`These are fleets, not one run, so none contradicts the report.`,
      ],
    },
    {
      kind: 'cost-model',
      id: 'cost-model',
      title: 'Millions or billions: both are true',
      gpuHours: 'v3-total-hrs-stated',
      pricePerHour: 'v3-rate',
      hardware: 'semianalysis-server-capex',
      timing: 40,
      paragraphs: ['P07', 'P13b'],
      notes: [
        t`This is the whole debate in one widget. Move the GPU-hours or the hourly price and you stay in the millions: that is what renting the final run would cost. Switch on SemiAnalysis's estimate of the servers DeepSeek owns and the total passes a billion dollars.`,
        t`Both are honest answers to different questions: what did the last run cost, and what does it take to be DeepSeek. The headlines set the first kind of number against a guess of the second kind for OpenAI, and that is why the comparison misled.`,
      ],
    },
    {
      kind: 'table',
      id: 'tweaks',
      title: 'The tweaks of a lab short of chips',
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
      caption: t`H800 links: ${f('h800-nvlink')}, against the H100’s ${f('h100-nvlink')}.`,
      sources: ['deepseek-v3-report', 'deepseek-r1-paper'],
      timing: 50,
      paragraphs: ['P10', 'P13b', 'P13c'],
      notes: [
        t`Experts soon pointed at a stack of tricks, and all of them say: short of compute. Latent attention shrinks the memory each token needs; the mixture of experts wakes only ${f('v3-params-active', 'short')} of ${f('v3-params-total', 'short')} parameters per token; a bias term keeps experts evenly busy without the usual penalty. Predicting an extra token, eight-bit numbers and the DualPipe schedule squeeze the cut-down H800, whose links sources put at ${f('h800-nvlink')}; DeepSeek measured ${f('v3-nvlink-measured')}.`,
        t`For R1, GRPO dropped the critic model, and R1-Zero learned to reason from rewards alone: AIME rose from ${f('r1zero-aime-start')} to ${f('r1zero-aime-end')}.`,
      ],
    },
    {
      kind: 'chart',
      id: 'api-prices',
      title: 'Cheaper to run, not only to train',
      chart: apiPrices,
      takeaway: t`R1 against o1: the Chinese price war goes global.`,
      timing: 35,
      paragraphs: ['P07', 'P13c', 'P16'],
      notes: [
        t`Cheap training is half the story; the other half is what it costs to use. DeepSeek listed R1 at ${f('px-r1-in-miss')} for input and ${f('px-r1-out')} for output; o1 cost ${f('px-o1-in')} and ${f('px-o1-out')}, which is ${f('px-o1-vs-r1-output')} on output. Mind the log scale: each step is tenfold. It is V2's price war from China, now worldwide, and OpenAI followed with o3-mini on ${f('rel-o3-mini')}.`,
      ],
    },
    {
      kind: 'code',
      id: 'run-it-yourself',
      title: 'Or skip the subscription: run R1 yourself',
      language: 'python',
      code: runItYourself,
      caption: t`ChatGPT Pro: ${f('px-chatgpt-pro')}. A distilled R1: a free download.`,
      sources: ['deepseek-api-pricing', 'deepseek-r1-readme'],
      timing: 35,
      paragraphs: ['P07', 'P09', 'P16', 'P17'],
      notes: [
        t`OpenAI had just started charging ${f('px-chatgpt-pro')} for ChatGPT Pro, with unlimited o1. Meanwhile anyone could point the standard OpenAI client at DeepSeek, ask for the reasoner model and pay by the token; that name meant R1 then and points to newer models today. Or skip the account: one command runs a distilled R1 on a laptop, offline. How many professionals keep paying the subscription for what they can download free? And small models on a phone are just what a privacy-minded Apple could use.`,
      ],
    },
  ],
});
