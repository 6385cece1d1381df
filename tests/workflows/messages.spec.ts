// One message catalogue, complete in both languages (issue 14, "Chinese first"); citations in
// full; G33 names exactly what is missing.
import {
  CATALOGUE,
  CATALOGUE_PARTS,
  LANGS,
  english,
  msg,
  render,
} from '../../workflows/messages/catalogue';
import type { Msg } from '../../workflows/messages/catalogue';
import { chineseNumeral, citationText } from '../../workflows/messages/citation';
import { CLOCKS } from '../../workflows/penalty-case/penalty-case.clock-catalogue';
import { GUARD_CATALOGUE } from '../../workflows/penalty-case/penalty-case.guards';
import { penaltyCaseV2 } from '../../workflows/penalty-case/penalty-case.api';
import type {
  PenaltyCaseApi,
  TransitionResult,
} from '../../workflows/penalty-case/transition.types';
import { generate } from './support/case-generator';
import { fine, yuan } from './support/factories';
import { decidedCase } from './support/histories';

/** Chinese text: CJK ideographs or full-width punctuation (a list joined with ；). */
const CHINESE = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

/** Parameters that index a table (who, what, which act); every other parameter is a sample. */
const ENUM_PARAMS: Record<string, string> = {
  what: 'decision',
  act: 'review',
};
const OFFICER_GROUP_KEYS = new Set(['officers.tooFew', 'officers.noCredential']);
const NOT_FOUND_KEYS = new Set(['notFound']);

function sampleParams(key: string): Record<string, unknown> {
  const sample = ['2026-07-01', 'h1'];
  return new Proxy(
    {},
    {
      get(_, name: string) {
        if (OFFICER_GROUP_KEYS.has(key) && name === 'what') return 'handlers';
        if (NOT_FOUND_KEYS.has(key) && name === 'what') return 'case';
        return ENUM_PARAMS[name] ?? sample;
      },
    },
  );
}

function checkRendered(text: string, lang: string, key: string): string[] {
  const problems: string[] = [];
  if (text.trim() === '' || text === key)
    problems.push(`${key} (${lang}) renders empty or as its key`);
  if (/undefined|\[object Object\]/.test(text)) problems.push(`${key} (${lang}): ${text}`);
  if (lang === 'zh' && !CHINESE.test(text)) problems.push(`${key} (zh) is not Chinese: ${text}`);
  return problems;
}

describe('the message catalogue', () => {
  it('has every key once across its parts', () => {
    const keys = CATALOGUE_PARTS.flatMap((part) => Object.keys(part));
    expect(keys.length).toBe(new Set(keys).size);
    expect(Object.keys(CATALOGUE).length).toBe(keys.length);
  });

  it('gives every key a non-empty Chinese and English text', () => {
    const problems = Object.keys(CATALOGUE).flatMap((key) =>
      LANGS.flatMap((lang) => {
        const entry = CATALOGUE[key as keyof typeof CATALOGUE] as Record<string, unknown>;
        expect(entry[lang]).toBeDefined();
        const text =
          typeof entry[lang] === 'string'
            ? entry[lang]
            : (entry[lang] as (p: unknown) => string)(sampleParams(key));
        return checkRendered(text, lang, key);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('refuses an unknown key or missing parameters at compile time', () => {
    // @ts-expect-error an unknown key does not compile
    const unknown = () => msg('no.such.key');
    // @ts-expect-error a parameterised message needs its parameters
    const bare = () => msg('G06.recused');
    // @ts-expect-error parameters of the wrong shape do not compile
    const wrong = () => msg('G06.recused', { officer: 'h1' });
    expect([unknown, bare, wrong]).toHaveLength(3);
  });

  it('renders nested messages in the same language', () => {
    const reason = msg('field.because', {
      reason: msg('field.required'),
      why: msg('schema.fineAmount'),
    });
    expect(render(reason, 'zh')).toBe('为必填项：罚款须写明 amountFen');
    expect(render(reason, 'en')).toBe('is required: a fine needs amountFen');
  });
});

/** The API with every refusal it answers recorded. */
function recording(api: PenaltyCaseApi, seen: TransitionResult[]): PenaltyCaseApi {
  const keep = (r: TransitionResult) => {
    if (!r.ok) seen.push(r);
    return r;
  };
  return {
    ...api,
    start: (envelope, env) => keep(api.start(envelope, env)),
    apply: (snapshot, envelope, env) => keep(api.apply(snapshot, envelope, env)),
  };
}

function messagesOf(r: TransitionResult): Msg[] {
  if (r.ok) return [];
  switch (r.code) {
    case 'GUARD_FAILED':
      return r.guards.map((g) => g.msg);
    case 'INVALID_PAYLOAD':
      return r.errors.map((e) => e.msg);
    case 'FORBIDDEN':
    case 'ILLEGAL_TRANSITION':
      return [r.msg];
  }
}

describe('every refusal a generator run produces', () => {
  it('renders in both languages, and its English is the pure result’s text', () => {
    const seen: TransitionResult[] = [];
    generate({ seed: 14, targetAccepted: 400, api: recording(penaltyCaseV2, seen) });
    const messages = seen.flatMap(messagesOf);
    const keys = new Set(messages.map((m) => m.key));
    // The run reaches refusals of many kinds: guards, payloads, roles and transitions.
    expect(seen.length).toBeGreaterThan(100);
    expect(keys.size).toBeGreaterThan(20);
    const problems = messages.flatMap((m) =>
      LANGS.flatMap((lang) => checkRendered(render(m, lang), lang, m.key)),
    );
    expect([...new Set(problems)]).toEqual([]);
    for (const r of seen) {
      if (!r.ok && r.code === 'GUARD_FAILED') {
        for (const g of r.guards) expect(g.message).toBe(english(g.msg));
      }
    }
  });
});

describe('citations in full (citationText)', () => {
  it.each([
    ['APL 63', '《中华人民共和国行政处罚法》第六十三条'],
    ['APL 64(1), 85', '《中华人民共和国行政处罚法》第六十四条第一项、第八十五条'],
    ['APL 72 ¶2', '《中华人民共和国行政处罚法》第七十二条第二款'],
    [
      'ARL 63 ¶2; ALL 77 ¶2',
      '《中华人民共和国行政复议法》第六十三条第二款；《中华人民共和国行政诉讼法》第七十七条第二款',
    ],
    ['AEL 53, 54', '《中华人民共和国行政强制法》第五十三条、第五十四条'],
    ['PR 18', '《市场监督管理行政处罚程序规定》第十八条'],
    ['PR', '《市场监督管理行政处罚程序规定》'],
  ])('%s → %s', (citation, full) => {
    expect(citationText(citation)).toBe(full);
  });

  it('writes article numbers as statutes do', () => {
    expect([10, 15, 20, 36, 101, 110, 105].map(chineseNumeral)).toEqual([
      '十',
      '十五',
      '二十',
      '三十六',
      '一百零一',
      '一百一十',
      '一百零五',
    ]);
  });

  it('renders every citation the guards and clocks use, in both languages', () => {
    const citations = [
      ...new Set([...GUARD_CATALOGUE.map((g) => g.citation), ...CLOCKS.map((c) => c.citation)]),
    ];
    expect(citations.length).toBeGreaterThan(30);
    for (const citation of citations) {
      expect(citationText(citation, 'zh')).toMatch(/^《/);
      expect(citationText(citation, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(() => citationText('XYZ 1')).toThrow(/unknown law/);
  });
});

describe('G33 names exactly what execution lacks', () => {
  const g33 = (r: TransitionResult) =>
    !r.ok && r.code === 'GUARD_FAILED'
      ? r.guards.filter((g) => g.id === 'G33').map((g) => g.msg)
      : [];

  it('a served decision not yet paid: the payment is missing, not the service', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    const [execution] = g33(driver.refuse('CLOSE_CASE', {}, '2025-09-17'));
    expect(execution.key).toBe('G33.servedNotPerformed');
    expect(render(execution, 'en')).not.toMatch(/not been served/);
    expect(render(execution, 'zh')).toBe(
      '处罚决定已送达，但尚未履行完毕（未缴清），也没有法院强制执行结果',
    );
  });

  it('a decision neither served nor paid: both are named', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    const [execution] = g33(driver.refuse('CLOSE_CASE', {}, '2025-09-16'));
    expect(execution.key).toBe('G33.neitherServedNorPerformed');
  });

  it('a served and paid decision: only the disclosure is missing', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(5_000) }, '2025-09-20');
    expect(g33(driver.refuse('CLOSE_CASE', {}, '2025-09-21')).map((m) => m.key)).toEqual([
      'G33.disclosure',
    ]);
  });
});
