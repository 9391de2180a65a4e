/**
 * The line matching behind diff, built to choose the same edit script GNU
 * diff chooses: identical head and tail lines are set aside (keeping a
 * horizon of them in play), lines without any partner in the other file are
 * marked changed up front, the rest goes through Myers' bidirectional O(ND)
 * search (middle snakes, divide and conquer, with a cost cap for huge
 * inputs), and finally runs of changes are slid along equal lines so that
 * they merge and line up with the other file's changes.
 */

/** One run of differences: `deleted` old lines at `line0` became `inserted` new lines at `line1` (0-based). */
export interface Change {
  readonly line0: number;
  readonly line1: number;
  readonly deleted: number;
  readonly inserted: number;
}

/** The inputs of a comparison. */
export interface DiffInput {
  /** Raw identity of each line (exact bytes plus the missing-newline mark), for the common head and tail. */
  readonly raw0: readonly string[];
  readonly raw1: readonly string[];
  /** Equivalence keys after the -i/-b/-w folding; equal keys mean equal lines. */
  readonly key0: readonly string[];
  readonly key1: readonly string[];
  /** Whether each file's last line lacks its newline (then no common tail is set aside). */
  readonly missingNewline: readonly [boolean, boolean];
  /** Lines of context the output will show (diff keeps at least this much of the common ends in play). */
  readonly horizon: number;
  /** --minimal: never give up on the optimal script. */
  readonly minimal: boolean;
}

/** Computes the edit script, in file order. */
export function diffLines(input: DiffInput): Change[] {
  const n0 = input.raw0.length;
  const n1 = input.raw1.length;
  let head = 0;
  while (head < n0 && head < n1 && input.raw0[head] === input.raw1[head]) head++;
  const start = Math.max(0, head - input.horizon);
  let tail = 0;
  const tailLimit = input.missingNewline[0] === input.missingNewline[1] ? Math.min(n0, n1) - start : 0;
  while (tail < tailLimit && input.raw0[n0 - 1 - tail] === input.raw1[n1 - 1 - tail]) tail++;
  const end = Math.max(0, tail - input.horizon);

  const classes = new Map<string, number>();
  const classOf = (k: string) => {
    let c = classes.get(k);
    if (c === undefined) {
      c = classes.size + 1;
      classes.set(k, c);
    }
    return c;
  };
  const len0 = n0 - start - end;
  const len1 = n1 - start - end;
  const eq0 = new Int32Array(len0);
  const eq1 = new Int32Array(len1);
  for (let i = 0; i < len0; i++) eq0[i] = classOf(input.key0[start + i]);
  for (let i = 0; i < len1; i++) eq1[i] = classOf(input.key1[start + i]);

  // Flags carry one false sentinel on each side so scans can look at [-1] and [len].
  const changed0 = new Uint8Array(len0 + 2);
  const changed1 = new Uint8Array(len1 + 2);
  const kept0 = keepLines(eq0, eq1, classes.size, changed0, input.minimal);
  const kept1 = keepLines(eq1, eq0, classes.size, changed1, input.minimal);
  new Matcher(kept0, kept1, eq0, eq1, changed0, changed1, input.minimal).run();
  slideRuns(eq0, changed0, changed1);
  slideRuns(eq1, changed1, changed0);
  return collect(changed0, changed1, len0, len1, start);
}

/** Real indexes of the lines left for the search; the set-aside ones are marked changed. */
function keepLines(
  own: Int32Array,
  other: Int32Array,
  classCount: number,
  changed: Uint8Array,
  minimal: boolean,
): Int32Array {
  const n = own.length;
  const mark = setAside(own, other, classCount);
  const kept = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (minimal || mark[i] === 0) kept[k++] = i;
    else changed[i + 1] = 1;
  }
  return kept.subarray(0, k);
}

const NONE = 0;
const ALONE = 1;
const COMMON = 2;

/**
 * Which lines to keep out of the search: a line with no partner in the other
 * file is plainly changed; a line with very many partners is only set aside
 * when it sits inside a run of partnerless lines.
 */
function setAside(own: Int32Array, other: Int32Array, classCount: number): Uint8Array {
  const n = own.length;
  const partners = new Int32Array(classCount + 1);
  for (let i = 0; i < other.length; i++) partners[other[i]]++;
  const often = 5 << (n < 64 ? 0 : (Math.floor(Math.log2(n)) >> 1) - 3);
  const mark = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const count = partners[own[i]];
    mark[i] = count === 0 ? ALONE : count > often ? COMMON : NONE;
  }
  for (let i = 0; i < n; i++) {
    if (mark[i] === COMMON) {
      mark[i] = NONE;
      continue;
    }
    if (mark[i] === NONE) continue;
    i = settleRun(mark, i) - 1;
  }
  return mark;
}

/** Decides the COMMON lines of the run of marked lines starting at `from`; returns the index after it. */
function settleRun(mark: Uint8Array, from: number): number {
  const n = mark.length;
  let to = from;
  let common = 0;
  while (to < n && mark[to] !== NONE) {
    if (mark[to] === COMMON) common++;
    to++;
  }
  // COMMON lines at the end of the run do not belong to it.
  while (to > from && mark[to - 1] === COMMON) {
    mark[--to] = NONE;
    common--;
  }
  const length = to - from;
  if (common * 4 > length) {
    // Too many: keep them all in the search, and look again for runs from the next line on.
    for (let j = from; j < to; j++) if (mark[j] === COMMON) mark[j] = NONE;
    return from + 1;
  }
  // A long enough stretch of COMMON lines inside the run is kept in the search.
  const stretch = length < 4 ? 2 : (1 << ((Math.floor(Math.log2(length)) >> 1) - 1)) + 1;
  let streak = 0;
  for (let j = 0; j < length; j++) {
    if (mark[from + j] !== COMMON) streak = 0;
    else if (++streak === stretch) j -= streak;
    else if (streak > stretch) mark[from + j] = NONE;
  }
  clearEdge(mark, from, length, 1);
  clearEdge(mark, to - 1, length, -1);
  return to;
}

/** From one end of a run, keeps COMMON lines in the search until three ALONE lines in a row (or one 8 lines in). */
function clearEdge(mark: Uint8Array, at: number, length: number, step: 1 | -1): void {
  let streak = 0;
  for (let j = 0; j < length; j++) {
    const i = at + j * step;
    if (j >= 8 && mark[i] === ALONE) return;
    if (mark[i] === COMMON) {
      mark[i] = NONE;
      streak = 0;
    } else if (mark[i] === NONE) streak = 0;
    else if (++streak === 3) return;
  }
}

/** Myers' bidirectional search over the kept lines, marking what is not matched. */
class Matcher {
  private readonly fd: Int32Array;
  private readonly bd: Int32Array;
  private readonly offset: number;
  private readonly tooExpensive: number;

  constructor(
    private readonly x: Int32Array,
    private readonly y: Int32Array,
    private readonly eq0: Int32Array,
    private readonly eq1: Int32Array,
    private readonly changed0: Uint8Array,
    private readonly changed1: Uint8Array,
    private readonly minimal: boolean,
  ) {
    const diags = x.length + y.length + 3;
    this.fd = new Int32Array(diags);
    this.bd = new Int32Array(diags);
    this.offset = y.length + 1;
    this.tooExpensive = Math.max(4096, 1 << ((Math.floor(Math.log2(diags)) >> 1) + 1));
  }

  private same(i: number, j: number): boolean {
    return this.eq0[this.x[i]] === this.eq1[this.y[j]];
  }

  run(): void {
    const work: [number, number, number, number, boolean][] = [[0, this.x.length, 0, this.y.length, this.minimal]];
    while (work.length > 0) {
      let [xoff, xlim, yoff, ylim, minimal] = work.pop() as [number, number, number, number, boolean];
      while (xoff < xlim && yoff < ylim && this.same(xoff, yoff)) {
        xoff++;
        yoff++;
      }
      while (xoff < xlim && yoff < ylim && this.same(xlim - 1, ylim - 1)) {
        xlim--;
        ylim--;
      }
      if (xoff === xlim) {
        for (let j = yoff; j < ylim; j++) this.changed1[this.y[j] + 1] = 1;
        continue;
      }
      if (yoff === ylim) {
        for (let i = xoff; i < xlim; i++) this.changed0[this.x[i] + 1] = 1;
        continue;
      }
      const m = this.middle(xoff, xlim, yoff, ylim, minimal);
      work.push([xoff, m.x, yoff, m.y, m.loMinimal], [m.x, xlim, m.y, ylim, m.hiMinimal]);
    }
  }

  /** The middle of a shortest edit script of the box, or a good-enough point once the search grows too costly. */
  private middle(xoff: number, xlim: number, yoff: number, ylim: number, minimal: boolean) {
    const fd = this.fd;
    const bd = this.bd;
    const o = this.offset;
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid;
    let fmax = fmid;
    let bmin = bmid;
    let bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[fmid + o] = xoff;
    bd[bmid + o] = xlim;
    for (let cost = 1; ; cost++) {
      if (fmin > dmin) fd[--fmin - 1 + o] = -1;
      else fmin++;
      if (fmax < dmax) fd[++fmax + 1 + o] = -1;
      else fmax--;
      for (let d = fmax; d >= fmin; d -= 2) {
        const lo = fd[d - 1 + o];
        const hi = fd[d + 1 + o];
        let px = lo < hi ? hi : lo + 1;
        let py = px - d;
        while (px < xlim && py < ylim && this.same(px, py)) {
          px++;
          py++;
        }
        fd[d + o] = px;
        if (odd && bmin <= d && d <= bmax && bd[d + o] <= px) {
          return { x: px, y: py, loMinimal: true, hiMinimal: true };
        }
      }
      if (bmin > dmin) bd[--bmin - 1 + o] = 0x7fffffff;
      else bmin++;
      if (bmax < dmax) bd[++bmax + 1 + o] = 0x7fffffff;
      else bmax--;
      for (let d = bmax; d >= bmin; d -= 2) {
        const lo = bd[d - 1 + o];
        const hi = bd[d + 1 + o];
        let px = lo < hi ? lo : hi - 1;
        let py = px - d;
        while (px > xoff && py > yoff && this.same(px - 1, py - 1)) {
          px--;
          py--;
        }
        bd[d + o] = px;
        if (!odd && fmin <= d && d <= fmax && px <= fd[d + o]) {
          return { x: px, y: py, loMinimal: true, hiMinimal: true };
        }
      }
      if (!minimal && cost >= this.tooExpensive) return this.giveUp(xoff, xlim, yoff, ylim, fmin, fmax, bmin, bmax);
    }
  }

  /** Past the cost cap: the furthest-reaching forward or backward diagonal, whichever got further. */
  private giveUp(
    xoff: number,
    xlim: number,
    yoff: number,
    ylim: number,
    fmin: number,
    fmax: number,
    bmin: number,
    bmax: number,
  ) {
    const o = this.offset;
    let fBest = -1;
    let fx = 0;
    for (let d = fmax; d >= fmin; d -= 2) {
      let px = Math.min(this.fd[d + o], xlim);
      let py = px - d;
      if (ylim < py) {
        px = ylim + d;
        py = ylim;
      }
      if (fBest < px + py) {
        fBest = px + py;
        fx = px;
      }
    }
    let bBest = Number.MAX_SAFE_INTEGER;
    let bx = 0;
    for (let d = bmax; d >= bmin; d -= 2) {
      let px = Math.max(xoff, this.bd[d + o]);
      let py = px - d;
      if (py < yoff) {
        px = yoff + d;
        py = yoff;
      }
      if (px + py < bBest) {
        bBest = px + py;
        bx = px;
      }
    }
    if (xlim + ylim - bBest < fBest - (xoff + yoff)) return { x: fx, y: fBest - fx, loMinimal: true, hiMinimal: false };
    return { x: bx, y: bBest - bx, loMinimal: false, hiMinimal: true };
  }
}

/**
 * Slides each run of changed lines along equal neighbours: first back as far
 * as it goes (merging with earlier runs), then forward (merging with later
 * ones), and finally back again to where it lines up with a change in the
 * other file, if it passed one. `mine`/`theirs` are offset by one (sentinels).
 */
function slideRuns(eq: Int32Array, mine: Uint8Array, theirs: Uint8Array): void {
  const n = eq.length;
  const at = (i: number) => mine[i + 1] === 1;
  const set = (i: number, v: boolean) => {
    mine[i + 1] = v ? 1 : 0;
  };
  const other = (j: number) => theirs[j + 1] === 1;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < n && !at(i)) {
      while (other(j++));
      i++;
    }
    if (i === n) return;
    let start = i;
    while (at(++i));
    while (other(j)) j++;
    let aligned: number;
    let length: number;
    do {
      length = i - start;
      while (start > 0 && eq[start - 1] === eq[i - 1]) {
        set(--start, true);
        set(--i, false);
        while (at(start - 1)) start--;
        while (other(--j));
      }
      aligned = other(j - 1) ? i : n;
      while (i !== n && eq[start] === eq[i]) {
        set(start++, false);
        set(i++, true);
        while (at(i)) i++;
        while (other(++j)) aligned = i;
      }
    } while (length !== i - start);
    while (aligned < i) {
      set(--start, true);
      set(--i, false);
      while (other(--j));
    }
  }
}

/** Turns the change flags into runs, shifted back to whole-file line numbers. */
function collect(changed0: Uint8Array, changed1: Uint8Array, len0: number, len1: number, base: number): Change[] {
  const out: Change[] = [];
  let i0 = 0;
  let i1 = 0;
  while (i0 < len0 || i1 < len1) {
    if (changed0[i0 + 1] || changed1[i1 + 1]) {
      const s0 = i0;
      const s1 = i1;
      while (changed0[i0 + 1]) i0++;
      while (changed1[i1 + 1]) i1++;
      out.push({ line0: base + s0, line1: base + s1, deleted: i0 - s0, inserted: i1 - s1 });
    }
    i0++;
    i1++;
  }
  return out;
}
