/**
 * EXPLAIN: prints the optimised plan, one line per operator, indented by
 * nesting. Pipelines whose words are all literal are bound and optimised here
 * exactly as the executor would; others show their source text (bound at run time).
 */
import type { Span } from '../parser/ast.js';
import type { BoundStage, RuleEnv } from './operators.js';
import { describeStage } from './operators.js';
import type { PlanNode, PlanScript } from './plan.js';
import { optimizeStages } from './rules/driver.js';

/** Prints the plan of a script. */
export function explainPlan(plan: PlanScript, env: RuleEnv, disabled: ReadonlySet<string> = new Set()): string {
  const lines: string[] = [];
  const p = new Printer(plan.source, env, disabled, lines);
  const items = plan.body.items;
  if (items.length === 1) p.node(items[0], 0);
  else p.node(plan.body, 0);
  return `${lines.join('\n')}\n`;
}

class Printer {
  constructor(
    private readonly source: string,
    private readonly env: RuleEnv,
    private readonly disabled: ReadonlySet<string>,
    private readonly lines: string[],
  ) {}

  private text(span: Span): string {
    return this.source.slice(span.offset, span.end).replace(/\s*\n\s*/g, ' ');
  }

  private line(depth: number, s: string): void {
    this.lines.push(`${'  '.repeat(depth)}${s}`);
  }

  /** Binds a pipeline when every stage is a redirect-free simple command with literal words. */
  private bind(stages: readonly PlanNode[]): BoundStage[] | null {
    const out: BoundStage[] = [];
    for (const s of stages) {
      if (s.kind !== 'Simple' || s.literalArgv === null || s.redirs.length > 0 || s.assigns.length > 0) return null;
      if (s.literalArgv.length === 0) return null;
      out.push({ op: 'exec', argv: s.literalArgv, node: s });
    }
    return out;
  }

  private stages(stages: readonly PlanNode[], depth: number): void {
    const bound = this.bind(stages);
    if (bound) {
      const { stages: opt } = optimizeStages(bound, this.env, this.disabled);
      for (const s of opt) this.line(depth, describeStage(s, this.env));
      return;
    }
    for (const s of stages) this.node(s, depth);
  }

  node(n: PlanNode, depth: number): void {
    switch (n.kind) {
      case 'Simple':
        if (n.literalArgv && n.redirs.length === 0 && n.assigns.length === 0 && n.literalArgv.length > 0) {
          this.stages([n], depth);
        } else this.line(depth, `Exec ${this.text(n.span)}  (bound at run time)`);
        return;
      case 'Pipeline':
        this.line(
          depth,
          `Pipeline${n.negated ? ' !' : ''} (${n.stages.length} stage${n.stages.length === 1 ? '' : 's'})`,
        );
        this.stages(n.stages, depth + 1);
        return;
      case 'AndOr':
        this.line(depth, 'AndOr');
        this.node(n.first, depth + 1);
        for (const r of n.rest) {
          this.line(depth + 1, r.op);
          this.node(r.node, depth + 1);
        }
        return;
      case 'Seq':
        if (n.items.length === 1) {
          this.node(n.items[0], depth);
          return;
        }
        this.line(depth, `Sequence (${n.items.length})`);
        for (const i of n.items) this.node(i, depth + 1);
        return;
      case 'Background':
        this.line(depth, 'Background');
        this.node(n.node, depth + 1);
        return;
      case 'Redirected':
        this.line(depth, `Redirect ${n.redirs.map((r) => this.text(r.span)).join(' ')}`);
        this.node(n.node, depth + 1);
        return;
      case 'If':
        n.arms.forEach((arm, i) => {
          this.line(depth, i === 0 ? 'If' : 'Elif');
          this.node(arm.cond, depth + 1);
          this.line(depth, 'Then');
          this.node(arm.body, depth + 1);
        });
        if (n.elseBody) {
          this.line(depth, 'Else');
          this.node(n.elseBody, depth + 1);
        }
        return;
      case 'Loop':
        this.line(depth, n.until ? 'Until' : 'While');
        this.node(n.cond, depth + 1);
        this.line(depth, 'Do');
        this.node(n.body, depth + 1);
        return;
      case 'ForIn':
        this.line(
          depth,
          `${n.select ? 'Select' : 'For'} ${n.name}${n.items ? ` in ${n.items.map((w) => this.text(w.span)).join(' ')}` : ''}`,
        );
        this.node(n.body, depth + 1);
        return;
      case 'ForC':
        this.line(depth, `For (( ${this.text(n.span).replace(/^for\s*\(\(\s*|\s*\)\).*$/g, '')} ))`);
        this.node(n.body, depth + 1);
        return;
      case 'Case':
        this.line(depth, `Case ${this.text(n.word.span)}`);
        for (const it of n.items) {
          this.line(depth + 1, `${it.patterns.map((w) => this.text(w.span)).join('|')})`);
          this.node(it.body, depth + 2);
        }
        return;
      case 'Group':
        this.line(depth, 'Group');
        this.node(n.body, depth + 1);
        return;
      case 'Subshell':
        this.line(depth, 'Subshell');
        this.node(n.body, depth + 1);
        return;
      case 'FuncDef':
        this.line(depth, `Function ${n.name}`);
        this.node(n.body, depth + 1);
        return;
      case 'Arith':
      case 'Cond':
      case 'Decl':
      case 'Let':
        this.line(depth, `${n.kind} ${this.text(n.span)}`);
        return;
      case 'Time':
        this.line(depth, 'Time');
        if (n.node) this.node(n.node, depth + 1);
        return;
    }
  }
}
