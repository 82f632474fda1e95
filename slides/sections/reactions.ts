/** Part 5, the narrative war continued: what Big Tech's leaders said, each voice set beside what the speaker stands to gain. */
import { f, section, t } from '../authoring.ts';

export const reactions = section({
  id: 'reactions',
  title: 'Big Tech reacts',
  slides: [
    {
      kind: 'quote',
      id: 'reactions-race',
      title: 'First framing: a race, and we will win it',
      quotes: [
        { quote: 'andreessen-sputnik', interest: t`Backs US AI start-ups.` },
        { quote: 'trump-wake-up-call', interest: t`Had just unveiled ${f('stargate-total', 'short')} Stargate.` },
        { quote: 'altman-better-models', interest: t`Sells ChatGPT Pro at ${f('px-chatgpt-pro')}.` },
      ],
      timing: 30,
      paragraphs: ['P11', 'P12', 'P16'],
      notes: [
        t`On the Sunday, Marc Andreessen called it AI's Sputnik moment. He invests in American AI, and a space race is the story that gets budgets approved. On the Monday the President called it a wake-up call; only days earlier he had stood at the White House with the Stargate partners.`,
        t`Sam Altman was gracious: an impressive model, a welcome competitor, and much better models coming. In the same thread he said compute mattered more than ever, which is the pitch for his next funding round.`,
      ],
    },
    {
      kind: 'quote',
      id: 'reactions-jevons',
      title: 'Cheaper means more, say those who sell more',
      quotes: [
        { quote: 'nadella-jevons', interest: t`Azure rents the compute.` },
        { quote: 'msft-azure-r1', interest: t`OpenAI’s main backer.` },
        { quote: 'gelsinger-cheaper-market', interest: t`His start-up Gloo runs R1.` },
      ],
      timing: 30,
      paragraphs: ['P11', 'P12', 'P14'],
      notes: [
        t`Satya Nadella posted about the Jevons paradox before the US market even opened: when something gets cheaper and more efficient, we end up using far more of it. That is a perfectly good argument, and it is also exactly what the owner of Azure needs investors to believe.`,
        t`Two days later Microsoft put R1 in its catalogue of more than ${f('azure-model-count')} models, while being OpenAI's largest investor. Pat Gelsinger, no longer at Intel, said the markets had it wrong; his own start-up was already running R1.`,
      ],
    },
    {
      kind: 'quote',
      id: 'reactions-doubters',
      title: 'They copied, they smuggled, or they need our chips',
      quotes: [
        { quote: 'openai-distill-short', interest: t`Copying keeps its lead.` },
        { quote: 'wang-h100-short', interest: t`Sells data to US labs.` },
        { quote: 'nvidia-inference', interest: t`Lost ${f('nvda-mcap-loss', 'short')} that day.` },
      ],
      timing: 30,
      paragraphs: ['P11', 'P12', 'P18'],
      sources: ['chosun-musk'],
      notes: [
        t`Then came the doubters. OpenAI told the Financial Times it had seen signs of distillation, and David Sacks at the White House spoke of substantial evidence. Alexandr Wang of Scale AI said he understood DeepSeek had fifty thousand H100s it could not talk about. Elon Musk, who runs a rival lab, replied with one word: obviously. If any of that is true, the American lead was never really lost.`,
        t`NVIDIA took the other road to the same place: DeepSeek is excellent, export compliant, and serving it needs lots of NVIDIA GPUs. Copied, smuggled or brilliant, every story ends in more chips.`,
      ],
    },
    {
      kind: 'quote',
      id: 'reactions-platforms',
      title: 'The platforms: spend on, open up, shrug',
      quotes: [
        { quote: 'zuckerberg-capex-short', interest: t`Pledged ${f('cap-meta-plan', 'short')} capex.` },
        { quote: 'lecun-open-source', interest: t`Llama.` },
        { quote: 'cook-efficiency', interest: t`Uses others’ models.` },
      ],
      timing: 30,
      paragraphs: ['P11', 'P12', 'P15', 'P17'],
      notes: [
        t`Meta had announced its spending plan the Friday before. On the earnings call Zuckerberg said heavy spending would stay an advantage, and that it was too early to judge. Yann LeCun read DeepSeek as open models beating closed ones, which is Meta's own strategy with Llama.`,
        t`Tim Cook simply called efficiency a good thing. Apple builds no frontier model of its own, so cheaper models from anyone are good news for it. Each of them, you will notice, read DeepSeek as proof that they were right all along.`,
      ],
    },
  ],
});
