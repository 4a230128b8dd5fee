/**
 * A 100 MB input (the real sample repeated) must parse without crashing at ≥ 25 MB/s. Too slow
 * for vitest; run with `npx tsx test-fixtures/bench-large-input.ts [MB]`.
 */
import { readFileSync } from "node:fs";
import { parseIssue } from "../src/parse/index.ts";

const targetMb = Number(process.argv[2] ?? "100");
const sample = readFileSync(new URL("../samples/dawukou-2021-03.txt", import.meta.url));
const copies = Math.ceil((targetMb * 1024 * 1024) / sample.length);
const input = Buffer.concat(Array.from({ length: copies }, () => sample));
const mb = input.length / 1024 / 1024;
const started = performance.now();
const issue = parseIssue(input, { file: "large.txt" });
const seconds = (performance.now() - started) / 1000;
const rate = mb / seconds;
console.log(`${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} MB/s; ${issue.documents.length} documents, ${issue.orgs.length} orgs, ${issue.warnings.length} warnings`);
if (rate < 25) {
  console.error("slower than 25 MB/s");
  process.exitCode = 1;
}

// Thousands of distinct unit names: the organisation registry must not re-cluster per name.
const han = "安保财城村道地电发法防港工公管规国海航河湖华环机建江交教金经警境纪科矿劳粮林旅贸民农企气侨桥群人商社审生师食市水税司体铁统文物乡消信刑学药业医应园运灾政质中住资宗";
const heads = ["局", "委员会", "办公室", "服务中心", "管理站", "协会"];
const measures: string[] = [];
for (let i = 0; i < 4000; i++) {
  const unit = `县${han[i % han.length] ?? ""}${han[Math.floor(i / han.length) % han.length] ?? ""}${han[(i * 7) % han.length] ?? ""}${heads[i % heads.length] ?? ""}`;
  measures.push(`（${i + 1}）推进第${i + 1}项重点工作。（责任单位：${unit}；完成时限：2021年12月底前）`);
}
const many = ["某县人民政府关于印发重点工作任务分解的通知", "某府发〔2021〕1号", "各乡镇人民政府：", "一、重点任务", ...measures, "某县人民政府", "2021年3月1日"].join("\n\n");
const manyStart = performance.now();
const manyIssue = parseIssue(many, { file: "many-units.txt" });
console.log(`${manyIssue.orgs.length} distinct units in ${((performance.now() - manyStart) / 1000).toFixed(2)} s`);
