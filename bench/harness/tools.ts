/** The tools people would otherwise use, on the same content: pandoc, LibreOffice, WeasyPrint. */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { GENERATED_DIR, planDir, shown, type BenchContext, record } from './context.ts';
import { repeatProcess } from './repeat.ts';
import { summarize, summarizeKnown } from './stats.ts';

interface Tool {
  id: 'pandoc' | 'libreoffice' | 'weasyprint';
  label: string;
  command: string;
  /** Arguments, run in the plan's folder of bench/generated/. */
  args: string[];
}

/** LibreOffice keeps its profile here between runs, as a user's installation would. */
const LO_PROFILE = `file://${join(GENERATED_DIR, 'libreoffice-profile')}`;

/** The tools, each run in the plan's folder on its twin (or on our DOCX). */
export const TOOLS: Tool[] = [
  {
    id: 'pandoc',
    label: 'pandoc: Markdown → DOCX',
    command: 'pandoc',
    args: ['plan.md', '-f', 'markdown', '-t', 'docx', '--toc', '-o', 'pandoc.docx'],
  },
  {
    id: 'libreoffice',
    label: 'LibreOffice: our DOCX → PDF',
    command: 'soffice',
    args: [
      `-env:UserInstallation=${LO_PROFILE}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      'libreoffice',
      'ours.docx',
    ],
  },
  {
    id: 'weasyprint',
    label: 'WeasyPrint: HTML → PDF',
    command: 'weasyprint',
    args: ['-q', 'plan.html', 'weasyprint.pdf'],
  },
];

/** The version line of each tool, or why it is missing. */
export function toolVersions(): Record<string, string> {
  const version = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .split('\n')[0]!
        .trim();
    } catch {
      return 'tidak terpasang';
    }
  };
  return {
    node: process.version,
    pandoc: version('pandoc', ['--version']),
    libreoffice: version('soffice', ['--version']),
    weasyprint: version('weasyprint', ['--version']),
    chromium: version('/usr/bin/chromium', ['--version']),
  };
}

/** Measures every tool on one plan's Markdown, HTML and our DOCX (which must exist). */
export async function measureTools(ctx: BenchContext, plan: PlanName): Promise<void> {
  const dir = planDir(plan);
  mkdirSync(join(dir, 'libreoffice'), { recursive: true });
  for (const tool of TOOLS) {
    const { args } = tool;
    try {
      const samples = await repeatProcess(tool.command, args, {
        ...ctx.settings,
        cwd: dir,
        timeoutMs: 900_000,
        label: `${plan} ${tool.id}`,
      });
      record(ctx, {
        id: `${plan}.${tool.id}`,
        plan,
        label: tool.label,
        timeMs: summarize(samples.map((s) => s.wallMs)),
        cpuMs: summarizeKnown(samples.map((s) => s.cpuMs)),
        memoryMb: summarizeKnown(samples.map((s) => s.maxRssMb)),
        command: `(cd ${shown(dir)} && ${tool.command} ${args.join(' ')})`,
      });
    } catch (error) {
      ctx.todo.push(
        `${plan} ${tool.label}: tidak terukur (${(error as Error).message.slice(0, 200)})`,
      );
    }
  }
}
