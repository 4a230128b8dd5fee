/**
 * The key a unit block opens with (`责任单位：`, `完成时限:`), read by char codes: what the text
 * module's BLOCK_KEY matches, without a regex call per paragraph and a match array per block.
 */
import { isSpace } from "../../model/spaces.ts";
import { DEADLINE_KEYS, ROLE_KEYS } from "../text/index.ts";

/** What a key gives a task: a role for its units, or its deadline. */
export type BlockRole = "lead" | "responsible" | "cooperating" | "deadline";

/** A unit-block key as printed and what it gives (one shared object per key). */
export interface BlockKey {
  readonly text: string;
  readonly role: BlockRole;
}

// In BLOCK_KEY's order, as its alternation tries them; a deadline key wins over a role.
const DEADLINE_SET: ReadonlySet<string> = new Set(DEADLINE_KEYS);
const KEYS: readonly BlockKey[] = [...Object.keys(ROLE_KEYS), ...DEADLINE_KEYS].map((text) => ({
  text,
  role: DEADLINE_SET.has(text) ? "deadline" : (ROLE_KEYS[text] as BlockRole),
}));

// Keys by their first char code: a text is compared only with the keys its first character opens.
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
  const keys = BY_FIRST.get(text.charCodeAt(from));
  if (keys === undefined) return null;
  for (const key of keys) if (text.startsWith(key.text, from) && colonAfter(text, key, from) >= 0) return key;
  return null;
}

/** The text between the colon of `key` (which `text` holds at `from`) and `end`, trimmed. */
export function blockValue(text: string, key: BlockKey, from = 0, end = text.length): string {
  return text.slice(colonAfter(text, key, from) + 1, end).trim();
}
