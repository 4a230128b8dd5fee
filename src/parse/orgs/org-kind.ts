/**
 * Classifies an organisation name into the contract's kinds by its form.
 */
import type { OrgKind } from "../../model/issue.ts";

/** Collective mentions: 各街道办事处, 各相关部门（单位）, 相关单位, … 等. */
const GROUP = /^(?:各|相关|有关|其他|其它)|等$/u;
const SUBDISTRICT = /街道(?:办事处|办)?$/u;
const TOWN = /(?:镇|乡|苏木)(?:人民政府)?$/u;
/** Mass organisations, courts, legislatures and bodies of unstated affiliation. */
const OTHER =
  /妇联|妇女联合会|共青团|^团[区县市旗]委|团委$|残联|残疾人联合会|工商联|工商业联合会|总工会|科协|科学技术协会|文联|社科联|侨联|红十字会|消防救援|法院|检察院|人大|人民代表大会|政协|考核办|关工委|关心下一代/u;
/** Organs of a party committee (区委组织部, 区委编办, 中共…委员会, 党工委 …). */
const PARTY =
  /^(?:中共|中国共产党)|^[^委]{0,5}[区县市州省旗盟]委(?!员会)|党委|党工委|党组|纪委|纪律检查委员会|监委|组织部|宣传部|统战部|统一战线工作部|政法委|编办|机构编制委员会|农办|农村工作领导小组|网信办|党校|机关工委/u;
/** Government bodies: bureaus, commissions, offices, centres, stationed branches. */
const DEPARTMENT = /(?:局|委员会|委|办公室|办|中心|署|厅|室|站|所|处|人民政府|政府)$/u;

/** The kind of an organisation, judged from its printed name. */
export function orgKind(name: string): OrgKind {
  const n = name.normalize("NFKC").replace(/\s+/gu, "");
  if (GROUP.test(n)) return "group";
  if (SUBDISTRICT.test(n)) return "subdistrict";
  if (TOWN.test(n)) return "town";
  if (OTHER.test(n)) return "other";
  if (PARTY.test(n)) return "party";
  if (DEPARTMENT.test(n)) return "department";
  return "other";
}
