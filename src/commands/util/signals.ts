/** Signal names and numbers as timeout and kill spell them (Linux x86-64). */

const SIGNALS: Record<string, number> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  IOT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  POLL: 29,
  PWR: 30,
  SYS: 31,
};

/** The number of a signal given as a name ("TERM", "sigkill") or a number ("9"), or null. */
export function signalNumber(text: string): number | null {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    return n <= 64 ? n : null;
  }
  const name = text.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name] ?? null;
}

/** The short name of a signal number ("TERM"), or the number itself when it has none. */
export function signalName(n: number): string {
  const found = Object.entries(SIGNALS).find(([, v]) => v === n);
  return found ? found[0] : String(n);
}
