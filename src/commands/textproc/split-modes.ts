/**
 * The ways split cuts its input, ported from GNU split 9.1: by lines, bytes
 * and line-bytes (streaming), by -n chunks (on the whole input, whose size
 * decides the chunks) and round robin.
 */
import type { CommandContext } from '../../core/command.js';
import { ByteWriter } from './shared/output.js';
import type { SplitMode } from './split-options.js';
import type { SplitFile, SplitOutputs } from './split-outputs.js';

type Chunked = Extract<SplitMode, { k: number }>;

/** -l N: a new file every N lines. */
export async function splitLines(
  ctx: CommandContext,
  input: AsyncIterable<Uint8Array>,
  count: number,
  eol: number,
  outputs: SplitOutputs,
): Promise<void> {
  let lines = 0;
  let newFile = true;
  for await (const chunk of input) {
    ctx.signal.throwIfAborted();
    let from = 0;
    let at = chunk.indexOf(eol);
    while (at >= 0) {
      if (++lines >= count) {
        await outputs.write(newFile, chunk, from, at + 1);
        from = at + 1;
        newFile = true;
        lines = 0;
      }
      at = chunk.indexOf(eol, at + 1);
    }
    if (from < chunk.length) {
      await outputs.write(newFile, chunk, from, chunk.length);
      newFile = false;
    }
  }
}

/** bytes_split: N bytes per file; with `maxFiles` (-n N) the last file takes the rest and all N exist. */
export async function splitBytes(
  ctx: CommandContext,
  input: AsyncIterable<Uint8Array>,
  size: number,
  outputs: SplitOutputs,
  maxFiles = 0,
): Promise<void> {
  let newFile = true;
  let toWrite = size;
  let opened = 0;
  for await (const chunk of input) {
    ctx.signal.throwIfAborted();
    let at = 0;
    let left = chunk.length;
    while (toWrite <= left) {
      await outputs.write(newFile, chunk, at, at + toWrite);
      if (newFile) opened++;
      newFile = !maxFiles || opened < maxFiles;
      at += toWrite;
      left -= toWrite;
      toWrite = size;
    }
    if (left > 0) {
      await outputs.write(newFile, chunk, at, at + left);
      if (newFile) opened++;
      newFile = false;
      toWrite -= left;
    }
  }
  while (opened++ < maxFiles) await outputs.write(true, null);
}

/** -C N: at most N bytes of whole lines per file; longer lines are cut into N-byte pieces. */
export async function lineBytes(
  ctx: CommandContext,
  input: AsyncIterable<Uint8Array>,
  size: number,
  eol: number,
  outputs: SplitOutputs,
): Promise<void> {
  let out = 0;
  let hold: Buffer[] = [];
  let holdLen = 0;
  let splitLine = false;
  const flushHold = async () => {
    const held = Buffer.concat(hold, holdLen);
    await outputs.write(out === 0, held, 0, held.length);
    out += holdLen;
    hold = [];
    holdLen = 0;
  };
  for await (const raw of input) {
    ctx.signal.throwIfAborted();
    const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let sob = 0;
    let left = buf.length;
    while (left > 0) {
      let rest = 0;
      let endOfChunk = false;
      let lineEnd: number;
      if (size - out - holdLen <= left) {
        rest = size - out - holdLen;
        endOfChunk = true;
        lineEnd = buf.subarray(sob, sob + rest).lastIndexOf(eol);
      } else {
        lineEnd = buf.subarray(sob, sob + left).lastIndexOf(eol);
      }
      if (holdLen > 0 && !(lineEnd < 0 && out > 0)) await flushHold();
      if (lineEnd >= 0) {
        splitLine = true;
        const n = lineEnd + 1;
        await outputs.write(out === 0, buf, sob, sob + n);
        out += n;
        left -= n;
        sob += n;
        if (endOfChunk) rest -= n;
      }
      if (left > 0 && !splitLine) {
        const n = endOfChunk ? rest : left;
        await outputs.write(out === 0, buf, sob, sob + n);
        out += n;
        left -= n;
        sob += n;
        if (endOfChunk) rest -= n;
      }
      if ((endOfChunk && rest > 0) || (!endOfChunk && left > 0)) {
        const n = endOfChunk ? rest : left;
        hold.push(Buffer.from(buf.subarray(sob, sob + n)));
        holdLen += n;
        left -= n;
        sob += n;
      }
      if (endOfChunk) {
        out = 0;
        splitLine = false;
      }
    }
  }
  if (holdLen > 0) await flushHold();
}

/** GNU grows the size to N when the input is smaller, so every chunk is at least one byte. */
function chunkGeometry(data: Buffer, n: number): { fileSize: number; chunkSize: number } {
  const fileSize = Math.max(data.length, n);
  return { fileSize, chunkSize: Math.floor(fileSize / n) };
}

/** -n N and -n K/N: N files of equal size (the last takes the rest), or chunk K to stdout. */
export async function bytesChunks(
  ctx: CommandContext,
  data: Buffer,
  mode: Chunked,
  outputs: SplitOutputs,
): Promise<void> {
  const { fileSize, chunkSize } = chunkGeometry(data, mode.n);
  if (mode.k === 0) {
    await splitBytes(ctx, [data].values() as unknown as AsyncIterable<Uint8Array>, chunkSize, outputs, mode.n);
    return;
  }
  const start = (mode.k - 1) * chunkSize;
  const end = mode.k === mode.n ? fileSize : mode.k * chunkSize;
  const out = new ByteWriter(ctx.stdout);
  if (start < data.length) out.put(data, start, Math.min(end, data.length));
  await out.flush();
}

/** -n l/N and -n l/K/N: N chunks of about equal size, each ending at a line end. */
export async function linesChunks(
  ctx: CommandContext,
  data: Buffer,
  mode: Chunked,
  eol: number,
  outputs: SplitOutputs,
): Promise<void> {
  const { k, n } = mode;
  const { fileSize, chunkSize } = chunkGeometry(data, n);
  const stdout = new ByteWriter(ctx.stdout);
  let chunkNo = 1;
  let chunkEnd = chunkSize - 1;
  let written = 0;
  let newFile = true;
  let truncated = false;
  let bp = 0;
  if (k > 1) {
    const start = (k - 1) * chunkSize - 1;
    bp = start;
    written = start;
    chunkNo = k - 1;
    chunkEnd = chunkNo * chunkSize - 1;
  }
  const eob = Math.min(data.length, bp + Math.max(0, fileSize - written));
  scan: while (bp < eob) {
    ctx.signal.throwIfAborted();
    let next = false;
    const skip = Math.min(eob - bp, Math.max(0, chunkEnd - written));
    let outEnd = data.indexOf(eol, bp + skip);
    if (outEnd >= 0 && outEnd < eob) {
      outEnd++;
      next = true;
    } else {
      outEnd = eob;
    }
    if (k === chunkNo) stdout.put(data, bp, outEnd);
    else if (k === 0) await outputs.write(newFile, data, bp, outEnd);
    written += outEnd - bp;
    bp = outEnd;
    newFile = next;
    while (next || chunkEnd <= written - 1) {
      if (!next && bp === eob) {
        truncated = true;
        break;
      }
      chunkNo++;
      if (k && chunkNo > k) break scan;
      chunkEnd = chunkNo === n ? fileSize - 1 : chunkEnd + chunkSize;
      if (chunkEnd <= written - 1) {
        if (k === 0) await outputs.write(true, null);
      } else {
        next = false;
      }
    }
  }
  if (truncated) chunkNo++;
  if (k === 0) while (chunkNo++ <= n) await outputs.write(true, null);
  await stdout.flush();
}

/** -n r/N and -n r/K/N: lines dealt to N files in turn, or line K of every N to stdout. */
export async function roundRobin(
  ctx: CommandContext,
  input: AsyncIterable<Uint8Array>,
  mode: Chunked,
  eol: number,
  outputs: SplitOutputs,
): Promise<void> {
  const { k, n } = mode;
  const stdout = new ByteWriter(ctx.stdout);
  const names = k ? [] : Array.from({ length: n }, () => outputs.nextName());
  const files: (SplitFile | null)[] = names.map(() => null);
  let lineNo = 1;
  let current = 0;
  let wrapped = false;
  for await (const chunk of input) {
    ctx.signal.throwIfAborted();
    let bp = 0;
    while (bp < chunk.length) {
      const at = chunk.indexOf(eol, bp);
      const next = at >= 0;
      const end = next ? at + 1 : chunk.length;
      if (k) {
        if (lineNo === k && stdout.put(chunk, bp, end)) await stdout.flush();
        if (next) lineNo = lineNo === n ? 1 : lineNo + 1;
      } else {
        files[current] ??= await outputs.create(names[current]);
        await outputs.writeTo(files[current] as SplitFile, chunk, bp, end);
        if (next && ++current === n) {
          wrapped = true;
          current = 0;
        }
      }
      bp = end;
    }
  }
  if (!k) {
    const ceiling = wrapped ? n : current;
    for (let i = ceiling; i < n; i++) if (!files[i] && !outputs.elide) files[i] = await outputs.create(names[i]);
  }
  await stdout.flush();
}
