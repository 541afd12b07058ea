/**
 * The `banshi` command. `runCli` is the whole program minus process wiring, so tests run it in-process.
 * Commands are imported on demand: `banshi --help` loads neither the compiler nor ajv.
 */
import { readFile } from 'node:fs/promises';
import { EXIT, makeContext, msg, type CliIo, type Locale, type Options } from './shared.ts';

export type { CliIo } from './shared.ts';
export { EXIT } from './shared.ts';

const HELP = {
  'zh-CN': `banshi — 政务服务事项设计器的命令行工具

用法：
  banshi compile <文件|目录> [-o 输出目录]   编译服务定义（目录：递归查找所有 *.service.json），
                                             生成 <id>.package.json（默认写在源文件旁边）
  banshi lint <文件>                         只检查服务定义，不生成服务包
  banshi validate <服务包.json> <数据.json|目录>
                                             用服务包校验提交数据；示例的样例文件
                                             （{ description, data, expect }）则核对其预期；
                                             目录：校验其中每个 *.json 文件
  banshi bpmn <文件> [-o 输出.bpmn]          把审批环节导出为 BPMN 2.0（默认打印到标准输出）
  banshi --help | --version

选项：
  --json           在标准输出打印机器可读的 JSON（diagnostics / errors 数组）
  --locale <语言>  消息语言：zh-CN（默认）或 en；也会参考环境变量 LANG
  -o, --out <目录> compile 的输出目录；bpmn 的输出文件

退出码：
  0   成功（可以有警告）
  1   定义有 lint/编译错误、没有可导出的审批环节、提交数据无效，或样例与预期不符
  2   用法错误（未知命令或选项、缺少参数）
  3   输入文件有问题（找不到、JSON 格式错误、不符合格式定义）
  70  内部错误（Banshi 的缺陷，请报告）
`,
  en: `banshi — command line for the government service item designer

Usage:
  banshi compile <file|dir> [-o dir]         compile definitions (dir: every *.service.json inside,
                                             recursively) into <id>.package.json (next to the source by default)
  banshi lint <file>                         check a definition without writing a package
  banshi validate <package.json> <data.json|dir>
                                             validate submissions against a package; for an example's sample
                                             file ({ description, data, expect }), check its expectation; a
                                             directory: every *.json file in it
  banshi bpmn <file> [-o out.bpmn]           export the approval stages as BPMN 2.0 (stdout by default)
  banshi --help | --version

Options:
  --json           machine-readable JSON on stdout (diagnostics / errors arrays)
  --locale <lang>  message language: zh-CN (default) or en; LANG=en* also selects English
  -o, --out <dir>  output directory for compile; output file for bpmn

Exit codes:
  0   ok (warnings allowed)
  1   lint/compile errors in a definition, no approval lane to export, an invalid submission, or a sample
      that does not give what it expects
  2   usage error (unknown command or option, missing argument)
  3   input file problem (missing file, malformed JSON, not matching the format)
  70  internal error (a bug in Banshi: please report it)
`,
} as const;

interface Parsed {
  readonly options: Options;
  readonly positionals: string[];
  readonly help: boolean;
  readonly version: boolean;
}

class UsageError extends Error {
  constructor(readonly zh: string, readonly en: string) {
    super(en);
  }
}

function envLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

function parse(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Parsed {
  const positionals: string[] = [];
  let json = false;
  let help = false;
  let version = false;
  let locale: Locale | undefined;
  let outDir: string | undefined;
  let unknown: string | undefined;
  let badLocale: string | undefined;
  let missingValue: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) {
        missingValue ??= name;
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--json') json = true;
    else if (name === '-h' || name === '--help' || name === 'help') help = true;
    else if (name === '-v' || name === '--version') version = true;
    else if (name === '--locale') {
      const given = value();
      if (given === 'en' || given === 'zh-CN') locale = given;
      else if (given !== undefined) badLocale ??= given;
    } else if (name === '-o' || name === '--out') outDir = value();
    else if (name === '--') {
      positionals.push(...argv.slice(i + 1));
      i = argv.length;
    }
    else if (name.startsWith('-') && name !== '-') unknown ??= name;
    else positionals.push(arg);
  }
  const options: Options = { json, locale: locale ?? envLocale(env), ...(outDir !== undefined ? { outDir } : {}) };
  if (badLocale !== undefined) throw Object.assign(new UsageError(`不支持的语言 “${badLocale}”：可用 zh-CN 或 en。`, `Unsupported locale "${badLocale}": use zh-CN or en.`), { options });
  if (unknown !== undefined) throw Object.assign(new UsageError(`未知选项 ${unknown}。`, `Unknown option ${unknown}.`), { options });
  if (missingValue !== undefined) throw Object.assign(new UsageError(`选项 ${missingValue} 需要一个值。`, `Option ${missingValue} needs a value.`), { options });
  return { options, positionals, help, version };
}

async function packageVersion(): Promise<string> {
  // Source (designer/cli) and build (dist/designer/cli) sit at different depths below package.json.
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const json = JSON.parse(await readFile(new URL(up, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (json.name === 'banshi' && json.version) return json.version;
    } catch {
      // try the next candidate
    }
  }
  return 'unknown';
}

const ARITY: Record<string, { count: number; zh: string; en: string }> = {
  compile: { count: 1, zh: 'banshi compile <文件|目录> [-o 输出目录]', en: 'banshi compile <file|dir> [-o dir]' },
  lint: { count: 1, zh: 'banshi lint <文件>', en: 'banshi lint <file>' },
  validate: { count: 2, zh: 'banshi validate <服务包.json> <数据.json|目录>', en: 'banshi validate <package.json> <data.json|dir>' },
  bpmn: { count: 1, zh: 'banshi bpmn <文件> [-o 输出.bpmn]', en: 'banshi bpmn <file> [-o out.bpmn]' },
};

/** Runs the CLI; resolves to the exit code. Never throws, never prints a stack trace. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const env = io.env ?? process.env;
  let locale: Locale = envLocale(env);
  const usage = (zh: string, en: string, json: boolean): number => {
    const text = locale === 'en' ? `error: ${en}\nRun "banshi --help" for usage.` : `错误：${zh}\n运行 “banshi --help” 查看用法。`;
    if (json) io.stdout.write(`${JSON.stringify({ ok: false, usage: { 'zh-CN': zh, en } }, null, 2)}\n`);
    io.stderr.write(`${text}\n`);
    return EXIT.usage;
  };
  let json = argv.includes('--json');
  try {
    let parsed: Parsed;
    try {
      parsed = parse(argv, env);
    } catch (error) {
      if (error instanceof UsageError) {
        locale = (error as UsageError & { options: Options }).options.locale;
        return usage(error.zh, error.en, json);
      }
      throw error;
    }
    const { options, positionals } = parsed;
    locale = options.locale;
    json = options.json;
    if (parsed.version) {
      io.stdout.write(`${json ? JSON.stringify({ version: await packageVersion() }) : `banshi ${await packageVersion()}`}\n`);
      return EXIT.ok;
    }
    const [command, ...args] = positionals;
    if (parsed.help || command === undefined) {
      io[command === undefined && !parsed.help ? 'stderr' : 'stdout'].write(HELP[locale]);
      return command === undefined && !parsed.help ? EXIT.usage : EXIT.ok;
    }
    const arity = ARITY[command];
    if (!arity) return usage(`未知命令 “${command}”：可用 compile、lint、validate、bpmn。`, `Unknown command "${command}": use compile, lint, validate or bpmn.`, json);
    if (args.length !== arity.count) {
      const problem = args.length < arity.count ? msg('缺少参数', 'missing argument') : msg('参数过多', 'too many arguments');
      return usage(`${problem['zh-CN']}。用法：${arity.zh}`, `${problem.en}. Usage: ${arity.en}`, json);
    }
    if (options.outDir !== undefined && command !== 'compile' && command !== 'bpmn') return usage(`只有 compile 和 bpmn 命令支持 -o。`, `Only compile and bpmn take -o.`, json);
    const ctx = makeContext(io, options);
    switch (command) {
      case 'compile':
        return await (await import('./compileCommand.ts')).runCompile(ctx, args[0]!);
      case 'lint':
        return await (await import('./compileCommand.ts')).runLint(ctx, args[0]!);
      case 'bpmn':
        return await (await import('./bpmnCommand.ts')).runBpmn(ctx, args[0]!);
      default:
        return await (await import('./validateCommand.ts')).runValidate(ctx, args[0]!, args[1]!);
    }
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(
      locale === 'en'
        ? `internal error: ${detail}\nThis is a bug in Banshi: please report it with the command you ran and the input file.\n`
        : `内部错误：${detail}\n这是 Banshi 的缺陷：请连同运行的命令和输入文件一起报告。\n`,
    );
    if (env.BANSHI_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
