// The portal's one stylesheet (served at /gongshi/portal.css; the pages carry no inline style,
// so the Content-Security-Policy can forbid inline styles and every script). Colours keep a
// contrast of at least 7:1 on their background; one column below 40rem.
export const PORTAL_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;color:#1a1a1a;background:#fff;line-height:1.7;
 font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
a{color:#0a4a8f}
a:hover{color:#062e5a}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{
 outline:3px solid #b35900;outline-offset:2px}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999rem;top:0;background:#fff;color:#0a4a8f;padding:.5rem 1rem;z-index:1}
.skip:focus{left:1rem}
header.site{background:#8c1c13;color:#fff}
header.site a{color:#fff}
.brand{margin:0;padding:.75rem 0 .25rem;font-size:1.25rem;font-weight:bold}
.brand a{text-decoration:none}
.brand span{margin-left:.5em}
header.site nav ul{list-style:none;margin:0;padding:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
header.site nav a{display:inline-block;padding:.25rem 0}
header.site nav a[aria-current="page"]{font-weight:bold;text-decoration-thickness:3px}
main{padding-bottom:2rem}
main:focus{outline:none}
h1{font-size:1.6rem;line-height:1.3;margin:1.25rem 0 1rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem 1rem;
 align-items:end;padding:1rem;background:#f4f4f4;border:1px solid #767676;border-radius:4px}
form.filters label{display:block;font-weight:bold}
form.filters input,form.filters select{width:100%;font:inherit;padding:.4rem;border:1px solid #595959;
 border-radius:3px;background:#fff;color:#1a1a1a;min-height:2.75rem}
form.filters .actions{display:flex;gap:.75rem;align-items:center;flex-wrap:wrap}
button{font:inherit;padding:.5rem 1.25rem;min-height:2.75rem;border:0;border-radius:3px;
 background:#0a4a8f;color:#fff;cursor:pointer}
.count{margin:1rem 0}
ol.results{list-style:none;margin:0;padding:0}
ol.results li{border-bottom:1px solid #767676;padding:.75rem 0}
ol.results h2{margin:0;font-size:1.1rem}
ol.results p{margin:.25rem 0}
dl.facts{display:grid;grid-template-columns:minmax(7rem,12rem) 1fr;gap:.5rem 1rem;margin:0}
dl.facts dt{font-weight:bold}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.meta{color:#4a4a4a}
.notice{padding:.75rem 1rem;border-left:4px solid #8c1c13;background:#fbf3f2}
nav.pages ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #767676;padding:.4rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
.scroll{overflow-x:auto}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
pre{white-space:pre-wrap;background:#f4f4f4;padding:.75rem;border:1px solid #767676}
figure{margin:1rem 0}
figure img{max-width:100%;height:auto;border:1px solid #767676}
footer.site{border-top:1px solid #767676;background:#f4f4f4;font-size:.9rem}
@media (max-width:40rem){
 dl.facts{grid-template-columns:1fr;gap:0}
 dl.facts dd{margin-bottom:.5rem}
 h1{font-size:1.35rem}
}
`;
