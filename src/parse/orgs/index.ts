/** Unit lists and the organisation registry of an issue. */
export { splitUnitList } from "./split-unit-list.ts";
export { OrgRegistry, type Mention, type RegistryOptions } from "./org-registry.ts";
export { orgKind } from "./org-kind.ts";
export { jurisdictionOf } from "./jurisdiction-of.ts";
export { defaultAliasTable, AliasTableSchema, type AliasTable } from "./alias-table.ts";
export { orgMatchKey, expandAbbreviations, type KeyContext } from "./match-key.ts";
export { discoverLongForms, longFormCandidates } from "./long-forms.ts";
