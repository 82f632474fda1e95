/**
 * `npm run pptx`, run as a user runs it, and its .pptx read back twice: as OOXML (slides, titles,
 * native charts with the specs' data, notes, pictures with alt text, links, metadata) and by a real
 * reader, LibreOffice, which must give one page per slide.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { resolveChart } from '../../src/core/charts/index.ts';
import { deck } from '../../slides/index.ts';
import { notesText } from '../../src/node/pptx/notes.ts';
import type { ChartSlide } from '../../src/kinds/chart.ts';
import { RENDERED } from './support/deck.ts';
import { brokenBuild, letters, runExport, type Run } from './support/export-cli.ts';

const SLIDES = RENDERED.slides;
const chartSlides = SLIDES.flatMap((r) => (r.slide.kind === 'chart' ? [r.slide as ChartSlide] : []));
const xmlText = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(' ');
const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);

let scratch: string;
let pptx: string;
let run: Run;
let zip: JSZip;
const file = (name: string) => zip.file(name)!.async('string');
const files = (pattern: RegExp) => Object.keys(zip.files).filter((name) => pattern.test(name)).sort((a, b) => slideNumber(a) - slideNumber(b));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  scratch = mkdtempSync(join(tmpdir(), 'deck-pptx-e2e-'));
  pptx = join(scratch, 'talk.pptx');
  run = await runExport('export-pptx.ts', ['--out', pptx]);
  if (run.code === 0) zip = await JSZip.loadAsync(readFileSync(pptx));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('writes the .pptx, says what it holds and which parts became pictures', () => {
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toContain(`Wrote ${pptx}: ${SLIDES.length} slides, ${chartSlides.length} native charts, ${SLIDES.length} titles`);
  expect(run.stdout).toMatch(/Became pictures \(alt text set\):\n( {2}- .*\n)* {2}- slide \d+ "cost-model": interactive part/);
  expect(readdirSync(scratch)).toEqual(['talk.pptx']);
});

test('has one 16:9 slide per slide, each titled with its slide title in the title placeholder', async () => {
  const slides = files(/^ppt\/slides\/slide\d+\.xml$/);
  expect(slides).toHaveLength(SLIDES.length);
  expect(await file('ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
  for (const [i, name] of slides.entries()) {
    const xml = await file(name);
    const title = xml.split('<p:sp>').map((shape) => shape.split('</p:sp>')[0]!).find((shape) => /<p:ph\s[^>]*type="title"/.test(shape));
    expect(title, `${name}: a title placeholder`).toBeDefined();
    expect(letters(xmlText(title!)), name).toBe(letters(SLIDES[i]!.slide.title));
  }
});

test('draws every chart as a native chart with the spec’s categories, values, axis title and colours', async () => {
  const charts = files(/^ppt\/charts\/chart\d+\.xml$/);
  expect(charts).toHaveLength(chartSlides.length);
  const xmls = await Promise.all(charts.map(file));
  for (const slide of chartSlides) {
    const resolved = resolveChart(slide.chart, RENDERED.registry);
    const xml = xmls.find((x) => resolved.series.every((s) => x.includes(`<c:v>${s.label.replace(/&/g, '&amp;')}</c:v>`)) && x.includes(resolved.labels[0]!.replace(/&/g, '&amp;')));
    expect(xml, `chart "${slide.chart.id}"`).toBeDefined();
    for (const series of resolved.series) for (const value of series.values) expect(xml, `${slide.chart.id}: ${value}`).toContain(`<c:v>${value}</c:v>`);
    expect(xmlText(xml!), slide.chart.id).toContain(resolved.axisTitle);
    expect(xml, slide.chart.id).toContain(resolved.type === 'line' ? '<c:lineChart>' : `<c:barDir val="${resolved.horizontal ? 'bar' : 'col'}"/>`);
  }
  // The accent colour of the design tokens colours the bars.
  const accent = /--color-chart-accent:\s*#([0-9a-f]{6})/i.exec(readFileSync('src/styles/tokens.css', 'utf8'))![1]!.toUpperCase();
  expect(xmls.join('')).toContain(`<a:srgbClr val="${accent}"/>`);
});

test('puts each slide’s speaker notes in its notes pane', async () => {
  const slides = files(/^ppt\/slides\/slide\d+\.xml$/);
  for (const [i, name] of slides.entries()) {
    const rels = await file(name.replace('slides/', 'slides/_rels/').replace('.xml', '.xml.rels'));
    const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const expected = letters(notesText(SLIDES[i]!.slide, RENDERED.registry));
    if (!expected) continue;
    expect(target, `${name}: notes`).toBeDefined();
    const notes = letters(xmlText(await file(`ppt/notesSlides/${target}`)));
    expect(notes, `notes of ${SLIDES[i]!.slide.id}`).toContain(expected.slice(0, 60));
    expect(notes, `notes of ${SLIDES[i]!.slide.id}`).toContain(expected.slice(-60));
  }
});

test('keeps text as text in the theme’s fonts, code in monospace, and links clickable', async () => {
  const all = (await Promise.all(files(/^ppt\/slides\/slide\d+\.xml$/).map(file))).join('');
  expect(all).toContain('typeface="Space Grotesk"');
  expect(all).toContain('typeface="Inter"');
  const code = SLIDES.findIndex((r) => r.slide.kind === 'code');
  const codeXml = await file(`ppt/slides/slide${code + 1}.xml`);
  expect(codeXml).toContain('typeface="JetBrains Mono"');
  const rels = (await Promise.all(files(/^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/).map(file))).join('');
  const urls = new Set([...rels.matchAll(/Target="(https:[^"]+)" TargetMode="External"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')));
  const visible = [...new Set(SLIDES.flatMap((r) => [...r.html.markup.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, '').matchAll(/<a [^>]*href="(https:[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))))];
  expect(visible.length).toBeGreaterThan(0);
  for (const url of visible) expect(urls.has(url), url).toBe(true);
  // The agenda's links go to slides in the file.
  expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/slide" Target="slide\d+\.xml"/);
});

test('gives every picture alt text, and sets title, author and subject', async () => {
  const pictures = (await Promise.all(files(/^ppt\/slides\/slide\d+\.xml$/).map(file))).flatMap((xml) => [...xml.matchAll(/<p:pic>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!));
  expect(pictures.length).toBeGreaterThan(0);
  for (const alt of pictures) expect(alt.trim().length, 'alt text').toBeGreaterThan(3);
  const core = await file('docProps/core.xml');
  expect(core).toContain(`<dc:title>${deck.meta.title}</dc:title>`);
  expect(core).toContain(`<dc:creator>${deck.meta.author}</dc:creator>`);
  expect(core).toContain(`<dc:subject>${deck.meta.description}</dc:subject>`);
});

test('opens in LibreOffice Impress: one page per slide', async () => {
  test.setTimeout(180_000);
  let soffice: string;
  try {
    soffice = execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    console.log('Not checked: the .pptx opening in a real reader (LibreOffice is not installed; apt-get install libreoffice-impress, as .ci/run does, to enable it).');
    return;
  }
  const out = join(scratch, 'lo');
  // Its own profile, so a LibreOffice the user has open is neither used nor disturbed.
  execFileSync(soffice, [`-env:UserInstallation=file://${join(scratch, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, pptx], { timeout: 150_000, stdio: 'pipe' });
  const pdf = await PDFDocument.load(readFileSync(join(out, 'talk.pdf')));
  expect(pdf.getPageCount()).toBe(SLIDES.length);
  const { width, height } = pdf.getPage(0).getSize();
  expect(width / height).toBeCloseTo(16 / 9, 2);
});

test.describe('failures', () => {
  test('an unknown flag prints the usage and exits with 2', async () => {
    const bad = await runExport('export-pptx.ts', ['--slides']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown option --slides.');
    expect(bad.stderr).toContain('Usage: npm run pptx');
  });

  test('an unwritable --out is refused before any work, and an earlier file is kept', async () => {
    const bad = await runExport('export-pptx.ts', ['--out', '/proc/nope/talk.pptx']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Cannot write the PowerPoint to /proc/nope/talk.pptx: the folder /proc/nope does not exist');
    expect(bad.stderr).toContain('No PowerPoint was written.');
    expect(bad.ms, 'refused before the browser starts').toBeLessThan(8_000);
    expect(existsSync('/proc/nope')).toBe(false);
  });

  test('a broken page fails the export and keeps the earlier .pptx', async () => {
    const earlier = join(scratch, 'earlier.pptx');
    writeFileSync(earlier, 'the previous deck');
    // A build folder whose page is not the deck: the print view never opens, nothing is written.
    const empty = brokenBuild(scratch);
    const bad = await runExport('export-pptx.ts', ['--out', earlier], { DECK_OUT_DIR: empty });
    expect(bad.code, bad.stdout).toBe(1);
    expect(bad.stderr).toContain('PowerPoint export failed: the page reported');
    expect(bad.stderr).toContain('not the deck');
    expect(readFileSync(earlier, 'utf8')).toBe('the previous deck');
    expect(readdirSync(scratch).filter((name) => name.includes('partial'))).toEqual([]);
  });
});
