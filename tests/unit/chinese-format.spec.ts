// The 文书 write dates in Chinese numerals and sums in capitals (文书格式范本 2021).
import {
  chineseDate,
  money,
  moneyCapitals,
  moneyFigures,
} from '../../src/documents/chinese-format';

describe('dates in Chinese form', () => {
  it.each([
    ['2026-03-12', '二〇二六年三月十二日'],
    ['2025-10-01', '二〇二五年十月一日'],
    ['2025-12-20', '二〇二五年十二月二十日'],
    ['2024-01-31', '二〇二四年一月三十一日'],
    ['2030-11-10T09:00:00+08:00', '二〇三〇年十一月十日'],
  ])('%s is written %s', (iso, written) => {
    expect(chineseDate(iso)).toBe(written);
  });

  it('refuses what is not a date', () => {
    expect(() => chineseDate('12 March')).toThrow('not a date');
  });
});

describe('money in capitals (人民币…元整)', () => {
  it.each([
    [5_000_000, '人民币伍万元整'],
    [15_000_000, '人民币壹拾伍万元整'],
    [100, '人民币壹元整'],
    [1_000_000, '人民币壹万元整'],
    [1_005_000, '人民币壹万零伍拾元整'],
    [10_050_000, '人民币壹拾万零伍佰元整'],
    [200_000_000, '人民币贰佰万元整'],
    [100_000_000_00, '人民币壹亿元整'],
    [100_000_100_00, '人民币壹亿零壹佰元整'],
    [123_456, '人民币壹仟贰佰叁拾肆元伍角陆分'],
    [100_006, '人民币壹仟元零陆分'],
    [50, '人民币伍角'],
    [5, '人民币伍分'],
    [0, '人民币零元整'],
    [1_010_100, '人民币壹万零壹佰零壹元整'],
  ])('%i fen is %s', (fen, written) => {
    expect(moneyCapitals(fen)).toBe(written);
  });

  it('writes figures with thousands and fen', () => {
    expect(moneyFigures(5_000_000)).toBe('¥50,000.00');
    expect(moneyFigures(123_456)).toBe('¥1,234.56');
    expect(money(5_000_000)).toBe('人民币伍万元整（¥50,000.00）');
  });

  it('refuses what is not whole fen', () => {
    expect(() => moneyCapitals(1.5)).toThrow('not an amount');
    expect(() => moneyFigures(-1)).toThrow('not an amount');
  });
});
