// The page shell of every portal page: language, title, skip link, landmarks, the section nav.
import { markup, type Html } from './html';

export type Section = 'decisions' | 'withdrawals' | 'procedure' | 'checkpoints';

const SECTIONS: readonly [Section, string, string][] = [
  ['decisions', '/gongshi/', '处罚决定'],
  ['withdrawals', '/gongshi/withdrawals', '撤回公告'],
  ['procedure', '/gongshi/procedure', '办案流程'],
  ['checkpoints', '/gongshi/checkpoints', '记录检查点'],
];

/** Bumped when the stylesheet changes, so a cached copy is never used with new markup. */
export const CSS_HREF = '/gongshi/portal.css?v=1';

export interface PageSpec {
  /** The page's own title (its h1), before the site name in <title>. */
  title: string;
  department: string;
  section?: Section;
  /** A page inside the section (a decision of the list): its nav link is "true", not "page". */
  within?: boolean;
  body: Html;
}

function nav(current: Section | undefined, within: boolean): Html {
  const mark = within ? markup` aria-current="true"` : markup` aria-current="page"`;
  const items = SECTIONS.map(
    ([id, href, label]) =>
      markup`<li><a href="${href}"${id === current ? mark : ''}>${label}</a></li>`,
  );
  return markup`<nav aria-label="公示栏目"><ul>${items}</ul></nav>`;
}

export function page({ title, department, section, within = false, body }: PageSpec): Html {
  return markup`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${department}行政执法公示</title>
<link rel="stylesheet" href="${CSS_HREF}">
<link rel="alternate" type="application/feed+json" href="/api/v1/public/decisions/feed.json" title="行政处罚决定公示（JSON Feed）">
</head>
<body>
<a class="skip" href="#main">跳到正文</a>
<header class="site">
<div class="wrap">
<p class="brand"><a href="/gongshi/">${department}<span>行政执法公示</span></a></p>
${nav(section, within)}
</div>
</header>
<main id="main" class="wrap" tabindex="-1">
<h1>${title}</h1>
${body}
</main>
<footer class="site">
<div class="wrap">
<p>本栏目公示${department}作出的行政处罚决定（《行政处罚法》第四十八条）。自然人的身份证件号码、联系电话、住址等个人信息不予公开。</p>
<p>机器可读：<a href="/api/v1/public/decisions">决定列表（JSON）</a> · <a href="/api/v1/public/decisions/feed.json">订阅（JSON Feed）</a> · <a href="/api/docs">接口文档</a></p>
</div>
</footer>
</body>
</html>
`;
}
