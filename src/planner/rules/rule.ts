/** The shape of a pushdown rule: matches one local pattern of a bound pipeline. */
import type { BoundStage, RuleEnv } from '../operators.js';

/** A rewrite of bound pipeline stages. Returns null when the pattern does not match. */
export interface PipelineRule {
  /** snake_case name, used to switch the rule off and in traces. */
  readonly name: string;
  /** One line: what the rule pushes down. */
  readonly description: string;
  apply(stages: readonly BoundStage[], env: RuleEnv): BoundStage[] | null;
}
