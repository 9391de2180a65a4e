/** String-literal escapes of jq programs, decoded by jq's JSON parser as jq does. */
import { JsonParseError, JsonTextParser } from '../values/json-parse.js';

/** The text of a run of escapes (`\n\u00e9`), or jq's error message for a bad one. */
export function decodeEscapes(raw: string): string | { error: string } {
  const text = `"${raw}"`;
  const out: unknown[] = [];
  try {
    const parser = new JsonTextParser();
    parser.feed(text, out as never[]);
    parser.finish(out as never[]);
  } catch (e) {
    if (e instanceof JsonParseError) return { error: `${e.message} (while parsing '${text}')` };
    throw e;
  }
  return out[0] as string;
}
