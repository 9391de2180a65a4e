/**
 * The rule driver: applies every enabled rule to a bound pipeline in a fixed
 * order until none changes it, and records a trace of what each one did.
 */
import type { BoundStage, RuleEnv } from '../operators.js';
import { PushDownHeadRange } from './push-down-head-range.js';
import type { PipelineRule } from './rule.js';

/** Every rule, in the order the driver tries them. */
export const RULES: readonly PipelineRule[] = [PushDownHeadRange];

/** Names of all rules, for validating configuration. */
export const RULE_NAMES: readonly string[] = RULES.map((r) => r.name);

const MAX_PASSES = 8;

/** The optimised stages and which rules fired. */
export interface OptimizeResult {
  readonly stages: readonly BoundStage[];
  readonly trace: readonly string[];
}

/** Applies the enabled rules. `disabled` holds rule names switched off. */
export function optimizeStages(
  stages: readonly BoundStage[],
  env: RuleEnv,
  disabled: ReadonlySet<string> = new Set(),
): OptimizeResult {
  let current = stages;
  const trace: string[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let changed = false;
    for (const rule of RULES) {
      if (disabled.has(rule.name)) continue;
      const next = rule.apply(current, env);
      if (next) {
        trace.push(rule.name);
        current = next;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { stages: current, trace };
}
