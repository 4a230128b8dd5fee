/**
 * The key a unit block opens with (`责任单位：`, `完成时限:`), read by char codes: what
 * `^(key…)\s*[:：]` matches, without a regex call per paragraph and a match array per block.
 * Paragraph building and task reading both recognise unit blocks through it.
 */
import { isSpace } from "../../model/spaces.ts";
import { charTable } from "../chars/char-table.ts";
import { DEADLINE_KEYS, ROLE_KEYS } from "./patterns.ts";

/** What a key gives a task: a role for its units, or its deadline. */
export type BlockRole = "lead" | "responsible" | "cooperating" | "deadline";

/** A unit-block key as printed and what it gives (one shared object per key). */
export interface BlockKey {
  readonly text: string;
  readonly role: BlockRole;
}

// Role keys, then deadline keys, as an alternation of them would try them.
const DEADLINE_SET: ReadonlySet<string> = new Set(DEADLINE_KEYS);
const KEYS: readonly BlockKey[] = [...Object.keys(ROLE_KEYS), ...DEADLINE_KEYS].map((text) => ({
  text,
  role: DEADLINE_SET.has(text) ? "deadline" : (ROLE_KEYS[text] as BlockRole),
}));

// Keys by their first char code: a text is compared only with the keys its first character opens,
// and a table says which characters open any (this is asked of every line of an issue).
const KEY_FIRST = charTable(KEYS.map((k) => k.text));
const BY_FIRST = new Map<number, BlockKey[]>();
for (const key of KEYS) {
  const list = BY_FIRST.get(key.text.charCodeAt(0));
  if (list === undefined) BY_FIRST.set(key.text.charCodeAt(0), [key]);
  else list.push(key);
}

/** Index of the `:` or `：` after `key` at `from` in `text` (spaces between allowed), or -1. */
function colonAfter(text: string, key: BlockKey, from: number): number {
  let at = from + key.text.length;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const c = text.charCodeAt(at);
  return c === 0xff1a || c === 0x3a ? at : -1;
}

/** The key `text` opens with at `from`, followed by a colon (`key\s*[:：]` there), or null. */
export function blockKeyOf(text: string, from = 0): BlockKey | null {
  const first = text.charCodeAt(from);
  if (KEY_FIRST[first] !== 1) return null;
  const keys = BY_FIRST.get(first);
  if (keys === undefined) return null;
  for (const key of keys) if (text.startsWith(key.text, from) && colonAfter(text, key, from) >= 0) return key;
  return null;
}

/** Where the value of `key` (which `text` holds at `from`) starts: just after its colon. */
export function blockValueStart(text: string, key: BlockKey, from = 0): number {
  return colonAfter(text, key, from) + 1;
}

/** The text between the colon of `key` (which `text` holds at `from`) and `end`, trimmed. */
export function blockValue(text: string, key: BlockKey, from = 0, end = text.length): string {
  return text.slice(blockValueStart(text, key, from), end).trim();
}
