/** Reading 大事记 entries of current issue versions, in date order. */
import type { Kysely } from "kysely";
import { z } from "zod";
import { Person } from "../model/issue.ts";
import type { Database } from "./schema.ts";
import { guard } from "./errors.ts";
import { fromJson } from "./json.ts";
import { currentDocumentIds } from "./current.ts";

/** A stored chronicle entry. */
export interface StoredEvent {
  id: number;
  documentId: number;
  seq: number;
  date: string | null;
  text: string;
  people: Person[];
}

const People = z.array(Person);

/** Events between `from` and `to` (inclusive ISO dates; undated events only when neither is given). */
export async function listEvents(
  db: Kysely<Database>,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<StoredEvent[]> {
  return guard("listing events", async () => {
    let rows = db.selectFrom("events").select(["id", "document_id", "seq", "date", "text", "people"])
      .where("document_id", "in", currentDocumentIds(db));
    if (range.from !== undefined) rows = rows.where("date", ">=", range.from);
    if (range.to !== undefined) rows = rows.where("date", "<=", range.to);
    const found = await rows
      .orderBy("date", (ob) => ob.asc().nullsLast())
      .orderBy("document_id").orderBy("seq").execute();
    return found.map((e) => ({
      id: e.id,
      documentId: e.document_id,
      seq: e.seq,
      date: e.date,
      text: e.text,
      people: fromJson(People, e.people, `people of event #${e.id}`),
    }));
  });
}
