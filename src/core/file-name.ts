/** The file names made from the talk's title: the PDF, the handout and the single-file deck share one stem. */

/** "DeepSeek: Black Swan for the MAG7?" gives "deepseek-black-swan-for-the-mag7"; "deck" when nothing is left. */
export function titleStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return stem || 'deck';
}

/** The single-file deck the build writes beside index.html: "deepseek-black-swan-for-the-mag7.html". */
export function singleFileName(title: string): string {
  return `${titleStem(title)}.html`;
}
