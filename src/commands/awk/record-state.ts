/**
 * The current record and its fields: $0 as read, fields found on demand
 * (by the FS rule in force when the record was read), assignments to fields
 * or NF that rebuild $0 with OFS when it is next read.
 */
import { AwkFatal } from './errors.js';
import { type FieldRule, FieldScanner } from './field-scan.js';
import { integerDigits } from './numfmt.js';
import { inputValue, strToNum, toNum, type Value } from './values.js';

/** Record and field state; the runtime adds conversions and everything else. */
export abstract class RecordState {
  OFS = ' ';
  /** How new records are split (FS as last set). */
  protected rule: FieldRule = { kind: 'blank' };
  private record = '';
  /** All fields, once something needed them as an array (else the scanner finds them on demand). */
  private fields: string[] | null = null;
  private nf = 0;
  private readonly scanner = new FieldScanner();
  /** Values assigned to fields, which keep their type (a number prints by OFMT). */
  private assigned: Value[] | null = null;
  /** $0 must be rebuilt from the fields before it is read. */
  private stale = false;
  /** The FS rule in force when the current record was read. */
  private recordRule: FieldRule = this.rule;

  /** A value as a string, numbers through CONVFMT. */
  abstract str(v: Value): string;
  /** A value as print writes it, numbers through OFMT. */
  abstract out(v: Value): string;

  /** $0, rebuilt from the fields when one was assigned. */
  getRecord(): string {
    if (this.stale) this.rebuild();
    return this.record;
  }

  /** Sets $0 (fields are split again on first use). */
  setRecord(text: string): void {
    this.record = text;
    this.fields = null;
    this.assigned = null;
    this.stale = false;
    const rule = this.rule;
    this.recordRule = rule;
    if (rule.kind !== 'split') this.scanner.reset(text, rule);
  }

  /** The fields as an array (needed before any field or NF is assigned). */
  private materialize(): string[] {
    if (this.fields !== null) return this.fields;
    const rule = this.recordRule;
    const f = rule.kind === 'split' ? rule.split(this.record) : this.scanner.all();
    this.fields = f;
    this.nf = f.length;
    return f;
  }

  private rebuild(): void {
    const f = this.materialize();
    this.record = f.length === this.nf ? f.join(this.OFS) : f.slice(0, this.nf).join(this.OFS);
    this.stale = false;
  }

  private fieldIndex(i: number, pos: number): number {
    if (i >= 0 && (i | 0) === i) return i;
    const n = Math.trunc(i);
    if (!(n >= 0)) throw new AwkFatal(`attempt to access field ${integerDigits(n)}`, pos);
    return n;
  }

  /** $i as a value (input text is a strnum when it looks numeric). */
  field(i: number, pos: number): Value {
    const n = this.fieldIndex(i, pos);
    if (n === 0) return inputValue(this.getRecord());
    if (this.fields === null && this.recordRule.kind !== 'split') {
      const s = this.scanner;
      s.ensure(n);
      return n <= s.count ? inputValue(s.text(n)) : undefined;
    }
    const f = this.materialize();
    if (this.assigned !== null && this.assigned[n] !== undefined) return this.assigned[n];
    return n <= this.nf ? inputValue(f[n - 1]) : undefined;
  }

  /** $i as a string. */
  fieldStr(i: number, pos: number): string {
    const n = this.fieldIndex(i, pos);
    if (n === 0) return this.getRecord();
    if (this.fields === null && this.recordRule.kind !== 'split') {
      const s = this.scanner;
      s.ensure(n);
      return n <= s.count ? s.text(n) : '';
    }
    const f = this.materialize();
    return n <= this.nf ? f[n - 1] : '';
  }

  /** $i as a number. */
  fieldNum(i: number, pos: number): number {
    const n = this.fieldIndex(i, pos);
    if (n === 0) return strToNum(this.getRecord());
    if (this.fields === null && this.recordRule.kind !== 'split') {
      const s = this.scanner;
      s.ensure(n);
      return n <= s.count ? s.num(n) : 0;
    }
    const f = this.materialize();
    if (this.assigned !== null && this.assigned[n] !== undefined) return toNum(this.assigned[n]);
    return n <= this.nf ? strToNum(f[n - 1]) : 0;
  }

  /** $i as print writes it: assigned numbers go through OFMT. */
  fieldOut(i: number, pos: number): string {
    const n = this.fieldIndex(i, pos);
    if (n > 0 && this.assigned !== null && this.assigned[n] !== undefined) return this.out(this.assigned[n]);
    return this.fieldStr(n, pos);
  }

  /** `$i = v`; returns v. */
  setField(i: number, v: Value, pos: number): Value {
    const n = this.fieldIndex(i, pos);
    if (n === 0) {
      this.setRecord(this.str(v));
      return v;
    }
    const f = this.materialize();
    while (f.length < n) f.push('');
    if (n > this.nf) this.nf = n;
    f[n - 1] = this.str(v);
    this.assigned ??= [];
    this.assigned[n] = v;
    this.stale = true;
    return v;
  }

  getNF(): number {
    if (this.fields === null && this.recordRule.kind !== 'split') {
      this.scanner.ensure(Number.POSITIVE_INFINITY);
      return this.scanner.count;
    }
    this.materialize();
    return this.nf;
  }

  /** `NF = n`: drops or adds fields and rebuilds $0. */
  setNF(n: number, pos: number): number {
    const f = this.materialize();
    const count = Math.trunc(n);
    if (count < 0) throw new AwkFatal('NF set to negative value', pos);
    while (f.length < count) f.push('');
    f.length = count;
    if (this.assigned !== null && this.assigned.length > count + 1) this.assigned.length = count + 1;
    this.nf = count;
    this.stale = true;
    return n;
  }
}
