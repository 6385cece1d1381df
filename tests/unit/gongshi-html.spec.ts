// The portal's one way to write markup: interpolated values are text unless built by the tag.
import { markup, toText } from '../../src/gongshi/html';
import { pager } from '../../src/gongshi/decision-pages';
import { decisionListQuery, listHref, PortalQueryError } from '../../src/gongshi/portal-query';

describe('markup`…` (src/gongshi/html.ts)', () => {
  it('escapes every interpolated string, in content and in attributes', () => {
    const name = `<script>alert('x')</script> & "co"`;
    expect(toText(markup`<p title="${name}">${name}</p>`)).toBe(
      '<p title="&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;">' +
        '&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;</p>',
    );
  });

  it('keeps nested markup, joins lists and renders nothing for absent values', () => {
    const items = ['a<b', 'c'].map((x) => markup`<li>${x}</li>`);
    expect(toText(markup`<ul>${items}</ul>${undefined}${null}${false}${0}`)).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
  });

  it('treats an object that merely looks like markup as nothing it trusts', () => {
    const forged = { html: '<script>' } as unknown as string;
    expect(toText(markup`${forged}`)).toBe('[object Object]');
  });
});

describe("the portal's query (src/gongshi/portal-query.ts)", () => {
  it('reads an empty form as no filter, page 1', () => {
    expect(decisionListQuery({ q: ' ', year: '', penalty: '' })).toEqual({ page: 1 });
  });

  it('reads the filters and writes them back into paging links', () => {
    const q = decisionListQuery({
      q: ' 沪市监 ',
      year: '2026',
      penalty: 'fine',
      page: '2',
      utm: 'x',
    });
    expect(q).toEqual({ keyword: '沪市监', year: 2026, penalty: 'fine', page: 2 });
    expect(listHref(q, 3)).toBe(
      '/gongshi/?year=2026&penalty=fine&q=%E6%B2%AA%E5%B8%82%E7%9B%91&page=3',
    );
    expect(listHref({ page: 2 }, 1)).toBe('/gongshi/');
  });

  it.each([
    [{ year: '1999' }, 'year'],
    [{ year: '20261' }, 'year'],
    [{ penalty: 'toString' }, 'penalty'],
    [{ page: '1.5' }, 'page'],
    [{ q: ['a', 'b'] }, 'q'],
  ])('refuses %j naming %s', (query, field) => {
    expect(() => decisionListQuery(query)).toThrow(PortalQueryError);
    try {
      decisionListQuery(query);
    } catch (e) {
      expect((e as PortalQueryError).field).toBe(field);
    }
  });
});

describe('paging links (no script: plain links that keep the filters)', () => {
  const href = (p: number) => listHref({ year: 2026, keyword: '<x>', page: p }, p);

  it('links the previous and the next page around page 2 of 3', () => {
    const text = toText(pager(45, 2, 20, href));
    expect(text).toContain('<a href="/gongshi/?year=2026&amp;q=%3Cx%3E" rel="prev">上一页</a>');
    expect(text).toContain('第 2 页，共 3 页');
    expect(text).toContain('<a href="/gongshi/?year=2026&amp;q=%3Cx%3E&amp;page=3" rel="next">');
  });

  it('has no previous link on the first page, no next on the last, nothing for one page', () => {
    expect(toText(pager(45, 1, 20, href))).not.toContain('rel="prev"');
    expect(toText(pager(45, 3, 20, href))).not.toContain('rel="next"');
    expect(toText(pager(20, 1, 20, href))).toBe('');
  });
});
