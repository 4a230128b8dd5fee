/**
 * The jurisdiction a gazette speaks for, read from its masthead name, so the registry knows
 * which place prefix (大武口区, 大武口, 区) it may fold away.
 */

const LEVEL_END = /[区县市旗盟州镇乡]$/u;

/** 大武口区人民政府公报 → 大武口区; undefined when the name gives no place with a level. */
export function jurisdictionOf(publicationName: string): string | undefined {
  const place = publicationName
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(/(?:人民政府|政府)?(?:办公室|办公厅)?公报$/u, "")
    .replace(/^中共/u, "");
  return place.length >= 2 && LEVEL_END.test(place) ? place : undefined;
}
