/**
 * Child process of the harness: the editor in Debian's Chromium against the browser host
 * (the same server as `npm run web`, started here on a free port with the plan as the file to
 * open). Measures the time from navigation to an editable screen, the delay from each
 * keypress to the frame after it while typing at the end of the longest section, and the
 * renderer's memory after opening. Prints one JSON line (EditorSample).
 *
 *   node --import tsx bench/harness/editorOnce.ts PLAN.rencana OPENS KEYSTROKES [unthrottled]
 *
 * With `unthrottled`, Chromium produces a frame as soon as there is something to draw instead
 * of waiting for the next 60 Hz tick (--disable-frame-rate-limit --disable-gpu-vsync): the
 * key-to-frame delay is then the work the page does for a keystroke (script, style, layout,
 * paint), without the up to 16.7 ms wait for the display's refresh that every page pays.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { planContext } from '../../src/core/plan/context.ts';
import { createHostEnv } from '../../src/host/env.ts';
import { startHost } from '../../src/host/server.ts';

export interface EditorSample {
  /** Navigation start → the plan's text is editable, per opening. */
  editableMs: number[];
  /** Keydown → after the next frame, per keystroke. */
  keyLatencyMs: number[];
  /** Resident memory of the page's renderer process after opening. */
  rendererRssMb: number;
  /** JavaScript heap in use after opening, after a garbage collection. */
  jsHeapMb: number;
  /** The same probe typing into a bare contenteditable page: the floor of this measure here. */
  baselineLatencyMs: number[];
  /** The section typed into. */
  section: string;
  errors: string[];
}

/** The built renderer; BENCH_RENDERER_DIR points at another build (e.g. a copy kept to compare before/after). */
const RENDERER_DIR = process.env.BENCH_RENDERER_DIR
  ? resolve(process.env.BENCH_RENDERER_DIR)
  : fileURLToPath(new URL('../../out/renderer', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The longest rich-text section and its path in the outline tree. */
function longestSection(path: string): { title: string; trail: string[] } {
  const { project } = readProjectFile(path);
  const ctx = planContext(project, builtinTemplates().forProject(project.template));
  let best = ctx.outline.sections[0]!;
  let size = -1;
  for (const section of ctx.outline.sections) {
    const content = project.sections[section.key];
    const length = content?.kind === 'richtext' ? JSON.stringify(content).length : -1;
    if (length > size) [best, size] = [section, length];
  }
  return { title: best.title, trail: best.trail };
}

async function openEditable(page: Page, url: string, fileName: string): Promise<number> {
  await page.goto(url);
  // Polled on every frame; the value is the page's clock at the first frame the text is editable.
  const handle = await page.waitForFunction(
    (name) =>
      document.querySelector('[contenteditable="true"]') && document.body.innerText.includes(name)
        ? performance.now()
        : false,
    fileName,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function openTreeSection(page: Page, trail: string[]): Promise<void> {
  const tree = page.getByRole('tree', { name: 'Struktur Dokumen' });
  for (const [index, name] of trail.entries()) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const item = tree.getByRole('treeitem', { name: new RegExp(`^(\\S+ )?${escaped}\\b`) }).first();
    if (index === trail.length - 1) await item.click();
    else if ((await item.getAttribute('aria-expanded')) !== 'true') {
      await item.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (el) => el?.getAttribute('aria-expanded') === 'true',
        await item.elementHandle(),
      );
    }
  }
}

interface Probe {
  __latencies: number[];
  /** Resolves once `n` delays are recorded. */
  __recorded(n: number): Promise<void>;
}

/**
 * Records keydown → after-next-frame delays in window.__latencies. The harness waits for each
 * delay through __recorded, told by the probe itself: polling from outside (on every frame)
 * would keep the page producing frames of its own while the keys are measured.
 */
function installLatencyProbe(): void {
  const target = window as unknown as Probe;
  target.__latencies = [];
  let waiting: { n: number; resolve: () => void } | undefined;
  target.__recorded = (n) =>
    new Promise((resolve) => {
      if (target.__latencies.length >= n) resolve();
      else waiting = { n, resolve };
    });
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        // A message posted in the frame callback runs once that frame has been produced.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          target.__latencies.push(performance.now() - start);
          if (waiting && target.__latencies.length >= waiting.n) {
            waiting.resolve();
            waiting = undefined;
          }
        };
        channel.port2.postMessage(0);
      });
    },
    true,
  );
}

async function typeAndMeasure(
  page: Page,
  section: { title: string; trail: string[] },
  keystrokes: number,
): Promise<number[]> {
  await openTreeSection(page, section.trail);
  const box = page.getByRole('textbox', { name: section.title }).first();
  await box.click();
  await page.keyboard.press('Control+End');
  return typeKeys(page, keystrokes);
}

async function baseline(page: Page, keystrokes: number): Promise<number[]> {
  await page.setContent(
    '<div contenteditable="true" style="font: 16px serif; width: 600px">Teks awal.</div>',
  );
  await page.locator('div').click();
  await page.keyboard.press('Control+End');
  return typeKeys(page, keystrokes);
}

async function typeKeys(page: Page, keystrokes: number): Promise<number[]> {
  await page.evaluate(installLatencyProbe);
  const text = ' pemantauan capaian program smart city daerah';
  const warmup = 20;
  for (let i = 0; i < warmup + keystrokes; i++) {
    await page.keyboard.press(text[i % text.length]!);
    await page.evaluate((n) => (window as unknown as Probe).__recorded(n), i + 1);
  }
  const all = await page.evaluate(() => (window as unknown as Probe).__latencies);
  return all.slice(warmup);
}

async function rendererMemory(
  browser: Browser,
  page: Page,
): Promise<{ rssMb: number; heapMb: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const heap = await session.send('Runtime.getHeapUsage');
  const browserSession = await browser.newBrowserCDPSession();
  const info = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  const rss = info.processInfo
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      const status = existsSync(`/proc/${p.id}/status`)
        ? readFileSync(`/proc/${p.id}/status`, 'utf8')
        : '';
      return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
    });
  return { rssMb: Math.max(0, ...rss), heapMb: heap.usedSize / 1048576 };
}

const [planArg, opensArg = '3', keysArg = '200', modeArg = 'vsync'] = process.argv.slice(2);
const UNTHROTTLED_ARGS = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];
if (!planArg) {
  console.error('Pemakaian: editorOnce.ts PLAN.rencana OPENS KEYSTROKES');
  process.exit(2);
}
if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
  console.error('Antarmuka belum dibangun: jalankan `npm run build` terlebih dahulu.');
  process.exit(3);
}
const planPath = resolve(planArg);
const projectsDir = mkdtempSync(join(tmpdir(), 'rencana-bench-editor-'));
const fileName = basename(planPath);
copyFileSync(planPath, join(projectsDir, fileName));
const host = await startHost({
  env: createHostEnv({ projectsDir, launch: { kind: 'file', path: fileName } }),
  rendererDir: RENDERER_DIR,
  port: 0,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: modeArg === 'unthrottled' ? [...CHROMIUM_ARGS, ...UNTHROTTLED_ARGS] : CHROMIUM_ARGS,
});
const errors: string[] = [];
try {
  const editableMs: number[] = [];
  // The first opening warms the browser's caches and is not counted.
  for (let i = 0; i <= Number(opensArg); i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (error) => errors.push(error.message));
    const ms = await openEditable(page, host.url, fileName);
    if (i > 0) editableMs.push(ms);
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(60_000);
  await openEditable(page, host.url, fileName);
  await page.waitForTimeout(2000);
  const memory = await rendererMemory(browser, page);
  const section = longestSection(planPath);
  const keyLatencyMs = await typeAndMeasure(page, section, Number(keysArg));
  const baselineLatencyMs = await baseline(page, Number(keysArg));
  const sample: EditorSample = {
    editableMs,
    keyLatencyMs,
    baselineLatencyMs,
    rendererRssMb: memory.rssMb,
    jsHeapMb: memory.heapMb,
    section: section.trail.join(' › '),
    errors,
  };
  console.log(JSON.stringify(sample));
} finally {
  await browser.close();
  await host.close();
  rmSync(projectsDir, { recursive: true, force: true });
}
