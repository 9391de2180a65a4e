/**
 * fast-check generators of well-formed bash scripts, as text: simple commands with
 * quoted and unquoted words, expansions, redirects, pipelines, && ||, compound
 * commands, functions and here-documents, nested to a small depth.
 */
import fc from 'fast-check';

const join = (parts: string[]) => parts.join('');

/** Builds each recursive arbitrary once per depth: they refer to each other, and rebuilding would blow up. */
function memo(build: (depth: number) => fc.Arbitrary<string>): (depth: number) => fc.Arbitrary<string> {
  const built = new Map<number, fc.Arbitrary<string>>();
  return (depth) => {
    let arb = built.get(depth);
    if (arb === undefined) {
      arb = build(depth);
      built.set(depth, arb);
    }
    return arb;
  };
}
const name = fc.constantFrom('a', 'x', 'foo', '_v1', 'PATH');
const cmdName = fc.constantFrom('echo', 'cat', 'grep', 'ls', 'printf', 'true', 'wc', './run');
const plain = fc.stringMatching(/^[a-z0-9_./,-]{1,6}$/);

/** A literal piece a word can start with (no leading `-`, `#`, `~` or `{`, which change meaning). */
const unquoted = fc.oneof(
  fc.stringMatching(/^[a-z0-9_./][a-z0-9_./,-]{0,5}$/),
  fc.constantFrom('\\ ', '\\$', '\\"', "\\'", '\\\\', '*.txt', 'a{b,c}', '[ab]?', '@(a|b)'),
);
const sglText = fc.stringMatching(/^[^']{0,8}$/);
const dblText = fc.stringMatching(/^[^"\\$`]{0,8}$/);

const paramExp = memo((depth: number): fc.Arbitrary<string> => {
  return fc.oneof(
    name.map((n) => `$${n}`),
    fc.constantFrom('$1', '$@', '$#', '$?', '"$@"'),
    name.map((n) => `\${${n}}`),
    fc
      .tuple(name, fc.constantFrom(':-', '-', ':=', ':+', '#', '%%', '^^', ','))
      .chain(([n, op]) => (depth > 0 ? word(depth - 1) : plain).map((w) => `\${${n}${op}${w}}`)),
    fc.tuple(name, plain, plain).map(([n, a, b]) => `\${${n}/${a}/${b}}`),
    name.map((n) => `\${#${n}}`),
    fc.tuple(name, fc.integer({ min: -3, max: 5 })).map(([n, i]) => `\${${n}: ${i}:2}`),
    name.map((n) => `\${${n}[@]}`),
  );
});

/** `$((…))` bodies: numbers, names, unary and binary operators, parentheses, assignments. */
export const arith = memo((depth: number): fc.Arbitrary<string> => {
  const leaf = fc.oneof(
    fc.integer({ min: 0, max: 99 }).map(String),
    name,
    name.map((n) => `$${n}`),
  );
  if (depth <= 0) return leaf;
  const sub = arith(depth - 1);
  return fc.oneof(
    leaf,
    fc
      .tuple(sub, fc.constantFrom('+', '-', '*', '/', '%', '**', '<', '>=', '==', '&&', '||', '<<', '&', '^', ','), sub)
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    // A space keeps `- -a` from reading as `--a`.
    fc.tuple(fc.constantFrom('-', '+', '!', '~'), sub).map(([op, a]) => (/^[-+]/.test(a) ? `${op} ${a}` : `${op}${a}`)),
    name.map((n) => `${n}++`),
    // Parenthesised: `c ? a : n = 1` would assign to a non-name.
    fc.tuple(name, fc.constantFrom('=', '+=', '*='), sub).map(([n, op, a]) => `(${n} ${op} ${a})`),
    sub.map((a) => `(${a})`),
    fc.tuple(sub, sub, sub).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
  );
});

/** A word: one to three concatenated parts. */
export const word = memo((depth: number): fc.Arbitrary<string> => {
  const parts: fc.Arbitrary<string>[] = [
    unquoted,
    sglText.map((t) => `'${t}'`),
    fc
      .array(fc.oneof(dblText, paramExp(0), fc.constantFrom('\\"', '\\$', '\\\\')), { maxLength: 3 })
      .map((p) => `"${join(p)}"`),
    paramExp(depth),
    arith(1).map((a) => `$((${a}))`),
    sglText.map((t) => `$'${t.replace(/\\/g, '')}'`),
  ];
  // mvdan reads `$((` as arithmetic and, unlike bash, never falls back to `$( (`.
  if (depth > 0) parts.push(list(0).map((l) => (l.startsWith('(') ? `$( ${l})` : `$(${l})`)));
  const first = fc.oneof(...parts);
  return fc.tuple(first, fc.array(fc.oneof(...parts), { maxLength: 1 })).map(([a, rest]) => a + join(rest));
});

const redirect = fc.oneof(
  fc.tuple(fc.constantFrom('>', '>>', '<', '2>', '&>', '>|'), plain).map(([op, f]) => ` ${op} ${f}`),
  fc.constantFrom(' 2>&1', ' >&2', ' 3<&-', ' <<< "$x"'),
);

const simple = memo((depth: number): fc.Arbitrary<string> => {
  const w = word(Math.min(depth, 1));
  const assign = fc
    .tuple(name, fc.constantFrom('=', '+='), fc.option(w, { nil: undefined }))
    .map(([n, op, v]) => `${n}${op}${v ?? ''}`);
  return fc
    .tuple(
      fc.array(assign, { maxLength: 1 }),
      cmdName,
      fc.array(w, { maxLength: 3 }),
      fc.array(redirect, { maxLength: 1 }),
    )
    .map(([assigns, cmd, args, redirs]) => [...assigns, cmd, ...args].join(' ') + join(redirs));
});

/** `[[ ]]` operands must not look like operators (`-a`). */
const operand = fc.stringMatching(/^[a-z0-9_./][a-z0-9_./,-]{0,5}$/);
const testExpr = fc.oneof(
  fc.tuple(fc.constantFrom('-f', '-d', '-z', '-n', '-e'), operand).map(([op, w]) => `${op} ${w}`),
  fc
    .tuple(operand, fc.constantFrom('==', '!=', '<', '-eq', '-lt', '=~'), operand)
    .map(([a, op, b]) => `${a} ${op} ${b}`),
);
const testClause = fc
  .array(fc.tuple(fc.boolean(), testExpr, fc.constantFrom('&&', '||')), { minLength: 1, maxLength: 3 })
  .map(
    (terms) => `[[ ${terms.map(([not, t, op], i) => `${i > 0 ? `${op} ` : ''}${not ? '! ' : ''}${t}`).join(' ')} ]]`,
  );

const compound = memo((depth: number): fc.Arbitrary<string> => {
  const body = list(depth - 1);
  return fc.oneof(
    fc
      .tuple(body, body, fc.option(body, { nil: undefined }))
      .map(([c, t, e]) => `if ${c}; then ${t}; ${e === undefined ? '' : `else ${e}; `}fi`),
    fc.tuple(body, body, body, body).map(([c, t, c2, t2]) => `if ${c}\nthen\n${t}\nelif ${c2}; then ${t2}\nfi`),
    fc
      .tuple(name, fc.array(word(0), { maxLength: 3 }), body)
      .map(([n, ws, b]) => `for ${n} in ${ws.join(' ')}; do ${b}; done`),
    fc.tuple(arith(1), body).map(([a, b]) => `for ((i = 0; ${a}; i++)); do ${b}; done`),
    fc.tuple(fc.constantFrom('while', 'until'), body, body).map(([k, c, b]) => `${k} ${c}; do ${b}; done`),
    fc
      .tuple(
        word(0),
        fc.array(fc.tuple(plain, body, fc.constantFrom(';;', ';&', ';;&')), { minLength: 1, maxLength: 3 }),
      )
      .map(([w, items]) => `case ${w} in ${items.map(([p, b, op]) => `${p}|*.x) ${b} ${op}`).join(' ')} esac`),
    fc.tuple(name, body).map(([n, b]) => `${n}() { ${b}; }`),
    fc.tuple(name, body).map(([n, b]) => `function ${n} {\n${b}\n}`),
    body.map((b) => `{ ${b}; }`),
    body.map((b) => `( ${b} )`),
    arith(2).map((a) => `(( ${a} ))`),
    testClause,
  );
});

/** A statement: a pipeline / and-or list of commands, maybe negated or backgrounded. */
const statement = memo((depth: number): fc.Arbitrary<string> => {
  const command =
    depth > 0
      ? fc.oneof({ weight: 3, arbitrary: simple(depth) }, { weight: 1, arbitrary: compound(depth) })
      : simple(0);
  return fc
    .tuple(
      fc.boolean(),
      command,
      fc.array(fc.tuple(fc.constantFrom(' | ', ' && ', ' || ', ' |& '), command), { maxLength: 1 }),
    )
    .map(([neg, first, rest]) => (neg ? '! ' : '') + first + join(rest.map(([op, c]) => op + c)));
});

/** Statements joined by `;`, `&` or newlines. */
export const list = memo((depth: number): fc.Arbitrary<string> => {
  return fc
    .tuple(statement(depth), fc.array(fc.tuple(fc.constantFrom('; ', ' & ', '\n'), statement(depth)), { maxLength: 1 }))
    .map(([first, rest]) => first + join(rest.map(([sep, s]) => sep + s)));
});

const heredoc = fc
  .tuple(
    fc.constantFrom('<<EOF', "<<'EOF'", '<<-EOF', '<<"EOF"'),
    fc.array(fc.oneof(dblText, fc.constantFrom('$x', '${y:-z}', '$(date)', '\\$', '\t')), { maxLength: 4 }),
  )
  .map(([op, body]) => `cat ${op} | wc\n${body.join(' ')}\n${op.startsWith('<<-') ? '\t' : ''}EOF`);

/** A whole script: lines of statements and here-documents. */
export const script = fc
  .array(fc.oneof({ weight: 4, arbitrary: list(2) }, { weight: 1, arbitrary: heredoc }), { minLength: 1, maxLength: 3 })
  .map((lines) => `${lines.join('\n')}\n`);

/** Strings made of shell metacharacters and keywords, mostly not valid bash. */
export const shellish = fc
  .array(
    fc.constantFrom(
      ...['a', '$', '{', '}', '(', ')', '[[', ']]', '((', '))', '"', "'", '`', '\\', '|', '&', ';', '<', '>', '<<'],
      ...[
        '<<-',
        'EOF',
        '\n',
        '\t',
        ' ',
        '#',
        '!',
        '*',
        '?',
        '@',
        '-',
        '=',
        ':',
        '%',
        '/',
        '^',
        ',',
        '~',
        '0',
        'é',
        '😀',
      ],
      ...['if ', 'then ', 'fi ', 'do ', 'done ', 'for ', 'in ', 'case ', 'esac ', 'function ', 'let ', 'declare '],
      ...['time ', 'coproc ', '$(', '${', '$((', '$[', '<(', '>(', '@(', '\ud800'],
    ),
    { maxLength: 30 },
  )
  .map(join);
