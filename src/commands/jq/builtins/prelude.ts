/**
 * Builtins written in jq, as jq 1.7.1 defines them in its builtin.jq. The text
 * is parsed once, on first use, and each definition is compiled when a program
 * first calls it; compiled bodies are shared by every program (they close over
 * nothing but the root environment).
 */
import type { CompileContext } from '../eval/compile.js';
import { compile } from '../eval/compile.js';
import { paramScope } from '../eval/compile-call.js';
import type { UserFunc } from '../eval/scope.js';
import type { FuncDef, Node } from '../syntax/ast.js';
import { parseProgram } from '../syntax/parse.js';

const PRELUDE = `
def in(xs): . as $x | xs | has($x);
def values: select(. != null);
def nulls: select(. == null);
def booleans: select(type == "boolean");
def numbers: select(type == "number");
def strings: select(type == "string");
def arrays: select(type == "array");
def objects: select(type == "object");
def iterables: select(type|. == "array" or . == "object");
def scalars: select(type|. != "array" and . != "object");
def isfinite: type == "number" and (isinfinite | not);
def normals: select(isnormal);
def finites: select(isfinite);
def abs: if . < 0 then - . else . end;
def first: .[0];
def last: .[-1];
def nth($n): .[$n];
def paths: path(..) | select(length > 0);
def paths(node_filter): . as $dot | paths | select(. as $p | $dot | getpath($p) | node_filter);
def todateiso8601: strftime("%Y-%m-%dT%H:%M:%SZ");
def fromdateiso8601: strptime("%Y-%m-%dT%H:%M:%SZ") | mktime;
def todate: todateiso8601;
def fromdate: fromdateiso8601;
def match(re; mode): _match_impl(re; mode; false) | .[];
def match($val): ($val|type) as $vt | if $vt == "string" then match($val; null)
   elif $vt == "array" and ($val | length) > 1 then match($val[0]; $val[1])
   elif $vt == "array" and ($val | length) > 0 then match($val[0]; null)
   else error( $vt + " not a string or array") end;
def test(re; mode): _match_impl(re; mode; true);
def test($val): ($val|type) as $vt | if $vt == "string" then test($val; null)
   elif $vt == "array" and ($val | length) > 1 then test($val[0]; $val[1])
   elif $vt == "array" and ($val | length) > 0 then test($val[0]; null)
   else error( $vt + " not a string or array") end;
def capture(re; mods): match(re; mods) | reduce ( .captures | .[] | select(.name != null) | { (.name) : .string } ) as $pair ({}; . + $pair);
def capture($val): ($val|type) as $vt | if $vt == "string" then capture($val; null)
   elif $vt == "array" and ($val | length) > 1 then capture($val[0]; $val[1])
   elif $vt == "array" and ($val | length) > 0 then capture($val[0]; null)
   else error( $vt + " not a string or array") end;
def scan($re; $flags): match($re; "g" + $flags) | if (.captures|length > 0) then [ .captures | .[] | .string ] else .string end;
def scan($re): scan($re; null);
def _nwise($n): def n: if length <= $n then . else .[0:$n] , (.[$n:] | n) end; n;
def _nwise(a; $n): a | _nwise($n);
def split($re; flags): . as $s | [match($re; "g" + flags) | (.offset, .offset+.length)] as $ms
  | [[0] + $ms + [$s | length] | _nwise(2) | $s[.[0]:.[1]]];
def splits($re; flags): split($re; flags) | .[];
def splits($re): splits($re; null);
def sub($re; str; $flags): . as $in
  | (reduce match($re; $flags) as $edit
        ({result: [], previous: 0};
            $in[ .previous: ($edit | .offset) ] as $gap
            | [reduce ( $edit | .captures | .[] | select(.name != null) | { (.name) : .string } ) as $pair
                 ({}; . + $pair) | str ] as $inserts
            | reduce range(0; $inserts|length) as $ix (.; .result[$ix] += $gap + $inserts[$ix])
            | .previous = ($edit | .offset + .length ) )
          | .result[] + $in[.previous:] )
      // $in;
def sub($re; str): sub($re; str; "");
def gsub($re; str; $flags): sub($re; str; $flags + "g");
def gsub($re; str): sub($re; str; "g");
def combinations: if length == 0 then [] else .[0][] as $x | (.[1:] | combinations) as $y | [$x] + $y end;
def combinations(n): . as $dot | [range(n) | $dot] | combinations;
def walk(f): def w: if type == "object" then map_values(w) elif type == "array" then map(w) else . end | f; w;
def transpose: [range(0; map(length)|max // 0) as $i | [.[][$i]]];
def tostream: path(def r: (.[]?|r), .; r) as $p | getpath($p) | reduce path(.[]?) as $q ([$p, .]; [$p+$q]);
def fromstream(f): { x: null, e: false } as $init
  | foreach f as $i ($init;
      if .e then $init else . end
      | if $i | length == 2
        then setpath(["e"]; $i[0] | length == 0) | setpath(["x"] + $i[0]; $i[1])
        else setpath(["e"]; $i[0] | length == 1) end;
      if .e then .x else empty end);
def truncate_stream(stream): . as $n | null | stream | . as $input | if (.[0]|length) > $n then setpath([0];$input[0][$n:]) else empty end;
def INDEX(stream; idx_expr): reduce stream as $row ({}; .[$row|idx_expr|tostring] |= $row);
def INDEX(idx_expr): INDEX(.[]; idx_expr);
def JOIN($idx; idx_expr): [.[] | [., $idx[idx_expr]]];
def JOIN($idx; stream; idx_expr): stream | [., $idx[idx_expr]];
def JOIN($idx; stream; idx_expr; join_expr): stream | [., $idx[idx_expr]] | join_expr;
def IN(s): any(s == .; .);
def IN(src; s): any(src == s; .);
def pick(pathexps): . as $top | reduce path(pathexps) as $p (null; setpath($p; $top | getpath($p)));
def modulemeta: error("modulemeta input module not found");
def bsearch($target):
  if length == 0 then -1
  elif length == 1 then (if $target == .[0] then 0 elif $target < .[0] then -1 else -2 end)
  else . as $in
    | [0, length-1, null]
    | until( .[0] > .[1] ;
             if .[2] != null then (.[1] = -1)
             else
               ( ( (.[1] + .[0]) / 2 ) | floor ) as $mid
               | $in[$mid] as $monkey
               | if $monkey == $target  then (.[2] = $mid)
                 elif .[0] == .[1]     then (.[1] = -1)
                 elif $monkey < $target then (.[0] = ($mid + 1))
                 else (.[1] = ($mid - 1))
                 end
             end )
    | if .[2] == null then
         if $in[ .[0] ] < $target then (-2 -.[0])
         else (-1 -.[0])
         end
      else .[2]
      end
  end;
`;

let definitions: Map<string, FuncDef> | null = null;
const compiled = new Map<string, UserFunc>();

function prelude(): Map<string, FuncDef> {
  if (definitions) return definitions;
  const defs = new Map<string, FuncDef>();
  for (let n: Node = parseProgram(PRELUDE); n.kind === 'def'; n = n.rest) defs.set(`${n.name}/${n.params.length}`, n);
  definitions = defs;
  return defs;
}

/** Names (`name/arity`) of every prelude builtin. */
export function preludeNames(): string[] {
  return [...prelude().keys()];
}

/** The prelude function `name/arity`, compiled on first use; null when there is none. */
export function preludeFunction(name: string, arity: number, cx: CompileContext): UserFunc | null {
  const key = `${name}/${arity}`;
  const done = compiled.get(key);
  if (done) return done;
  const def = prelude().get(key);
  if (!def) return null;
  const fn: UserFunc = { name, params: def.params, body: null };
  compiled.set(key, fn);
  fn.body = compile(def.body, paramScope(null, def.params), cx);
  return fn;
}
