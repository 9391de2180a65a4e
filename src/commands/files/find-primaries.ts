/** find's primaries by name: how many words each takes and what it compiles to. */
import { parseGnuDate } from '../data/date-parse.js';
import {
  deleteAction,
  execAction,
  lsAction,
  printAction,
  printfAction,
  pruneAction,
  quitAction,
  scanExec,
} from './find-actions.js';
import {
  accessTest,
  emptyTest,
  idTest,
  linkNameTest,
  linksTest,
  nameTest,
  newerTest,
  newerThan,
  ownerTest,
  pathTest,
  permTest,
  regexTest,
  sizeTest,
  timeTest,
  typeTest,
  xtypeTest,
} from './find-tests.js';
import { type BuildContext, type Evaluator, type FindRun, FindUsageError } from './find-types.js';
import { REGEX_TYPES } from './regex-syntax.js';

/** The compiled primary and the index of the first word after its arguments. */
export interface Built {
  readonly evaluate: Evaluator;
  readonly next: number;
}

/** One entry of the table. */
export interface PrimaryDef {
  /** Actions suppress the implicit -print; options act globally and evaluate true. */
  readonly kind: 'test' | 'action' | 'option';
  build(
    args: readonly string[],
    at: number,
    name: string,
    b: BuildContext,
    addFinisher: (fn: (run: FindRun) => Promise<void>) => void,
  ): Built | Promise<Built>;
}

const TRUE: Evaluator = () => true;
const FALSE: Evaluator = () => false;
const DAY = 86_400;

function noArg(kind: PrimaryDef['kind'], make: (b: BuildContext) => Evaluator): PrimaryDef {
  return { kind, build: (_args, at, _name, b) => ({ evaluate: make(b), next: at }) };
}

function oneArg(
  kind: PrimaryDef['kind'],
  make: (arg: string, b: BuildContext, name: string) => Evaluator | Promise<Evaluator>,
): PrimaryDef {
  return {
    kind,
    async build(args, at, name, b) {
      if (at >= args.length) throw new FindUsageError(`missing argument to \`${name}'`);
      return { evaluate: await make(args[at], b, name), next: at + 1 };
    },
  };
}

function option(apply: (b: BuildContext) => void): PrimaryDef {
  return noArg('option', (b) => {
    apply(b);
    return TRUE;
  });
}

function depthOption(which: 'maxDepth' | 'minDepth'): PrimaryDef {
  return oneArg('option', (arg, b, name) => {
    if (!/^\d+$/.test(arg)) {
      throw new FindUsageError(`Expected a positive decimal integer argument to ${name}, but got '${arg}'`);
    }
    b.settings[which] = Number(arg);
    return TRUE;
  });
}

function execPrimary(): PrimaryDef {
  return {
    kind: 'action',
    build(args, at, name, _b, addFinisher) {
      const spec = scanExec(args, at, name);
      if (!spec) throw new FindUsageError(`missing argument to \`${name}'`);
      return { evaluate: execAction(spec, addFinisher), next: spec.end + 1 };
    },
  };
}

const nameTests: [string, (p: string, nocase: boolean) => Evaluator, boolean][] = [
  ['-name', nameTest, false],
  ['-iname', nameTest, true],
  ['-path', pathTest, false],
  ['-ipath', pathTest, true],
  ['-wholename', pathTest, false],
  ['-iwholename', pathTest, true],
  ['-lname', linkNameTest, false],
  ['-ilname', linkNameTest, true],
];

/** Every primary find understands. */
export const PRIMARIES: ReadonlyMap<string, PrimaryDef> = new Map<string, PrimaryDef>([
  ...nameTests.map(([n, make, nocase]): [string, PrimaryDef] => [n, oneArg('test', (arg) => make(arg, nocase))]),
  ['-regex', oneArg('test', (arg, b) => regexTest(arg, false, b))],
  ['-iregex', oneArg('test', (arg, b) => regexTest(arg, true, b))],
  ['-type', oneArg('test', (arg) => typeTest(arg))],
  ['-xtype', oneArg('test', (arg) => xtypeTest(arg))],
  ['-size', oneArg('test', (arg) => sizeTest(arg))],
  ['-empty', noArg('test', () => emptyTest)],
  ['-links', oneArg('test', (arg) => linksTest(arg))],
  ['-perm', oneArg('test', (arg) => permTest(arg))],
  ['-readable', noArg('test', () => accessTest(4))],
  ['-writable', noArg('test', () => accessTest(2))],
  ['-executable', noArg('test', () => accessTest(1))],
  ['-user', oneArg('test', (arg) => ownerTest(arg, 'user'))],
  ['-group', oneArg('test', (arg) => ownerTest(arg, 'group'))],
  ['-uid', oneArg('test', (arg) => idTest(arg, 'user'))],
  ['-gid', oneArg('test', (arg) => idTest(arg, 'group'))],
  ['-nouser', noArg('test', () => FALSE)],
  ['-nogroup', noArg('test', () => FALSE)],
  ['-true', noArg('test', () => TRUE)],
  ['-false', noArg('test', () => FALSE)],
  ...['-mtime', '-atime', '-ctime'].map((n): [string, PrimaryDef] => [
    n,
    oneArg('test', (arg, b) => timeTest(arg, n, DAY, b)),
  ]),
  ...['-mmin', '-amin', '-cmin'].map((n): [string, PrimaryDef] => [
    n,
    oneArg('test', (arg, b) => timeTest(arg, n, 60, b)),
  ]),
  ...['-newer', '-anewer', '-cnewer', '-newermm', '-neweram', '-newercm'].map((n): [string, PrimaryDef] => [
    n,
    oneArg('test', (arg, b) => newerTest(arg, b)),
  ]),
  ...['-newermt', '-newerat', '-newerct'].map((n): [string, PrimaryDef] => [
    n,
    oneArg('test', (arg, b) => {
      const ms = parseGnuDate(arg, b.nowMs, b.zone);
      if (ms === null) throw new FindUsageError(`I cannot figure out how to interpret \`${arg}' as a date or time`);
      return newerThan(ms);
    }),
  ]),
  ['-print', noArg('action', () => printAction('\n'))],
  ['-print0', noArg('action', () => printAction('\0'))],
  ['-printf', oneArg('action', (arg, b) => printfAction(arg, b))],
  ['-ls', noArg('action', (b) => lsAction(b))],
  ['-delete', noArg('action', () => deleteAction)],
  ['-exec', execPrimary()],
  ['-prune', noArg('test', (b) => pruneAction(() => b.settings.depthFirst))],
  ['-quit', noArg('test', () => quitAction)],
  ['-maxdepth', depthOption('maxDepth')],
  ['-mindepth', depthOption('minDepth')],
  ['-depth', option((b) => (b.settings.depthFirst = true))],
  ['-d', option((b) => (b.settings.depthFirst = true))],
  ['-xdev', option((b) => (b.settings.sameMount = true))],
  ['-mount', option((b) => (b.settings.sameMount = true))],
  ['-daystart', option((b) => (b.settings.dayStart = true))],
  ['-follow', option((b) => (b.settings.follow = 'L'))],
  ...['-noleaf', '-ignore_readdir_race', '-noignore_readdir_race', '-warn', '-nowarn'].map(
    (n): [string, PrimaryDef] => [n, option(() => undefined)],
  ),
  [
    '-regextype',
    oneArg('option', (arg, b) => {
      const dialect = REGEX_TYPES.get(arg);
      if (!dialect) {
        const valid = [...REGEX_TYPES.keys()].map((k) => `'${k}'`).join(', ');
        throw new FindUsageError(`Unknown regular expression type '${arg}'; valid types are ${valid}.`);
      }
      b.settings.regex = dialect;
      return TRUE;
    }),
  ],
]);
