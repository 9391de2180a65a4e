/** Digests for the checksum commands: the algorithm table entry, streaming hashing and name escaping. */
import { createHash } from 'node:crypto';
import type { CommandContext } from '../../core/command.js';
import { eachChunk, type InputFailure } from './input.js';

/** One digest algorithm as the commands name it. */
export interface DigestAlgorithm {
  /** The command name (md5sum). */
  readonly command: string;
  /** node:crypto's name (md5, sha256, blake2b512). */
  readonly hash: string;
  /** The name in --tag lines and help (MD5, SHA256, BLAKE2b). */
  readonly tag: string;
  /** Digest length in bits, for the help text. */
  readonly bits: number;
}

/** Digests `operand`, or returns why it could not be read. */
export async function digestOf(
  ctx: CommandContext,
  algo: DigestAlgorithm,
  operand: string,
): Promise<{ hex: string } | InputFailure> {
  const hash = createHash(algo.hash);
  const failure = await eachChunk(ctx, operand, (chunk) => {
    hash.update(chunk);
    return true;
  });
  return failure ?? { hex: hash.digest('hex') };
}

/** Whether a name must be escaped in a checksum line (and the escaped form). */
export function escapeName(name: string): { escaped: boolean; text: string } {
  if (!/[\\\n\r]/.test(name)) return { escaped: false, text: name };
  return { escaped: true, text: name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') };
}
