/**
 * `head -c N FILE` on a resource with ranged reads becomes a ranged read of
 * bytes [0, N): only those bytes leave the backend. Byte-identical to head's
 * output; on any read error the original head runs and reports it.
 */
import { resolvePath } from '../../core/path.js';
import type { BoundStage, ExecOp, RuleEnv } from '../operators.js';
import type { PipelineRule } from './rule.js';

const SIZE = /^(\d+)(b|kB|K|KB|k|MB|M|GB|G|KiB|MiB|GiB)?$/;
const MULT: Record<string, number> = {
  b: 512,
  kB: 1000,
  KB: 1000,
  K: 1024,
  k: 1024,
  KiB: 1024,
  MB: 1000 ** 2,
  M: 1024 ** 2,
  MiB: 1024 ** 2,
  GB: 1000 ** 3,
  G: 1024 ** 3,
  GiB: 1024 ** 3,
};

/** Parses head's -c argument when it is a plain non-negative count. */
function byteCount(arg: string): number | null {
  const m = SIZE.exec(arg);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] ? MULT[m[2]] : 1);
  return Number.isSafeInteger(n) ? n : null;
}

/** Recognises exactly `head -c N FILE`, `head -cN FILE`, `head --bytes=N FILE`. */
function match(stage: ExecOp): { count: number; file: string } | null {
  const a = stage.argv;
  if (a[0] !== 'head') return null;
  let count: number | null = null;
  let file: string | null = null;
  if (a.length === 4 && a[1] === '-c') {
    count = byteCount(a[2]);
    file = a[3];
  } else if (a.length === 3 && a[1].startsWith('-c') && a[1].length > 2) {
    count = byteCount(a[1].slice(2));
    file = a[2];
  } else if (a.length === 3 && a[1].startsWith('--bytes=')) {
    count = byteCount(a[1].slice(8));
    file = a[2];
  }
  if (count === null || file === null || file === '-' || file.startsWith('-')) return null;
  return { count, file };
}

/** The rule object. */
export const PushDownHeadRange: PipelineRule = {
  name: 'push_down_head_range',
  description: 'head -c N FILE reads only bytes [0, N) through a ranged read',
  apply(stages: readonly BoundStage[], env: RuleEnv): BoundStage[] | null {
    let changed = false;
    const out = stages.map((s): BoundStage => {
      if (s.op !== 'exec' || !env.isBuiltinCommand('head')) return s;
      const m = match(s);
      if (!m) return s;
      const path = resolvePath(env.cwd, m.file);
      const mount = env.mountOf(path);
      if (!mount?.capabilities.rangedRead) return s;
      changed = true;
      return { op: 'read', path, start: 0, end: m.count, fallback: s, rule: PushDownHeadRange.name };
    });
    return changed ? out : null;
  },
};
