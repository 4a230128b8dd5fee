/** The tracker's notion of now: the injected clock (tests) or the real one, and China's date. */
import { shanghaiDate } from "../../track/index.ts";
import type { AppDeps } from "../deps.ts";

/** The current instant. */
export function nowOf(deps: Pick<AppDeps, "clock">): Date {
  return deps.clock ? deps.clock() : new Date();
}

/** Today's date in China, the date lights and deadlines are judged on. */
export function todayOf(deps: Pick<AppDeps, "clock">): string {
  return shanghaiDate(nowOf(deps));
}
