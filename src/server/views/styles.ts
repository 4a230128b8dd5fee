/** The site's one stylesheet, inlined: readable on phones, sober like the printed gazette, printable. */
export const STYLES = `
:root{--ink:#1a1a1a;--muted:#5c5c5c;--line:#d6d0c4;--red:#b3121b;--paper:#fffdf8;--mark:#ffe58a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.75 "Noto Serif CJK SC","Source Han Serif SC","Songti SC","WenQuanYi Micro Hei",serif;color:var(--ink);background:var(--paper)}
a{color:#0b4f9c}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:.5em 1em;z-index:9}.skip:focus{left:1em}
header.site{border-bottom:3px solid var(--red);background:#fff}
.bar{max-width:62rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.brand{font-weight:700;color:var(--red);text-decoration:none;font-size:1.2rem}
nav.main ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
form.search{display:flex;gap:.4rem;flex-wrap:wrap;align-items:center}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #8a8170;border-radius:3px;background:#fff}
button{background:var(--red);color:#fff;border-color:var(--red);cursor:pointer}
main{max-width:62rem;margin:0 auto;padding:1rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
h1{font-size:1.6rem;line-height:1.4}h2{font-size:1.3rem;border-bottom:1px solid var(--line)}h3{font-size:1.1rem}h4,h5,h6{font-size:1rem;margin:.6rem 0 .2rem}
.section h3,.section h4,.section h5,.section h6{margin:.5rem 0 .2rem}.section p{margin:.2rem 0 .5rem}
.masthead{text-align:center;border:2px solid var(--red);padding:1rem;margin:1rem 0;background:#fff}
.masthead .name{font-size:2rem;color:var(--red);font-weight:700;letter-spacing:.2em;margin:0}
.masthead .no{font-size:1.1rem}.masthead dl{display:inline-grid;grid-template-columns:auto auto;gap:0 .6rem;text-align:left;font-size:.9rem}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}.meta dt{color:var(--muted)}.meta dd{margin:0}
.toc ol,.list{list-style:none;padding:0}.toc li,.list li{padding:.3rem 0;border-bottom:1px dotted var(--line);display:flex;gap:1rem;justify-content:space-between}
.num,.page,.muted,small{color:var(--muted)}.num{white-space:nowrap}
.notice{border-left:4px solid #f0a500;background:#fff6dc;padding:.5rem 1rem}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;margin:.5rem 0;background:#fff;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3efe6}
caption{text-align:left;font-weight:700;padding:.3rem 0}
table.tasks td:nth-child(2){min-width:14em}
mark{background:var(--mark);padding:0 .1em}
.facets{display:flex;flex-wrap:wrap;gap:1rem}.facets ul{list-style:none;padding:0;margin:0}
.timeline dt{font-weight:700;margin-top:.8rem}.timeline dd{margin:0 0 .3rem 1rem}
.outline ol{padding-left:1.2rem}.section{margin-left:calc((var(--level,1) - 1) * 1rem)}
.roles{font-size:.85rem;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;margin-left:.3rem;white-space:nowrap}
.data a{margin-right:1rem}
nav.tracker{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:center;border-bottom:1px solid var(--line);padding:.3rem 0;margin-bottom:.5rem}
nav.tracker ul{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:0;padding:0}nav.tracker form{margin-left:auto;display:flex;gap:.5rem;align-items:center}
nav.tracker a[aria-current]{font-weight:700;color:var(--ink)}
.light{display:inline-block;padding:0 .45em;border-radius:1em;font-size:.85rem;white-space:nowrap;border:1px solid}
.light-red{background:#fbe3e4;border-color:#b3121b;color:#8a0e15}.light-yellow{background:#fff3c4;border-color:#a57a00;color:#5c4400}
.light-green{background:#e1f3e4;border-color:#2e7d32;color:#1b5e20}.light-grey{background:#eee;border-color:#888;color:#444}
.cards{display:flex;flex-wrap:wrap;gap:1rem}.cards figure{margin:0;background:#fff;border:1px solid var(--line);padding:.5rem 1rem}
form.stack{display:grid;gap:.4rem;max-width:40rem;margin:.5rem 0}form.stack label{font-weight:700}form.stack textarea{font:inherit;min-height:5em;padding:.3rem}
form.inline{display:inline-flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.2rem 0}
fieldset{border:1px solid var(--line);margin:.5rem 0}.error-text{color:#8a0e15;font-weight:700}
.prewrap{white-space:pre-wrap}pre.audit{white-space:pre-wrap;word-break:break-all;font-size:.8rem;margin:0;max-width:28rem}
@media (max-width:40rem){.toc li,.list li{flex-direction:column;gap:0}.masthead .name{font-size:1.5rem}}
@media print{header.site,footer.site,nav,form.search,.skip,.data,.pager,form.stack,form.inline{display:none!important}
body{background:#fff;font-size:11pt}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}
.masthead{border-color:#000}table{page-break-inside:auto}tr{page-break-inside:avoid}h2,h3{page-break-after:avoid}}
`;
