// class-validator's English reasons read back into the catalogue (README "Language and time").
import { render } from '../../workflows/messages/catalogue';
import type { Msg } from '../../workflows/messages/catalogue';
import { dtoReason } from '../../src/common/i18n/dto-reasons';

const zh = (text: string) => {
  const reason = dtoReason(text);
  return typeof reason === 'string' ? reason : render(reason, 'zh');
};

describe('DTO field reasons in Chinese', () => {
  it.each([
    ['summary must be a string', 'summary 必须是字符串'],
    ['pageSize must not be greater than 100', 'pageSize 不得大于 100'],
    [
      'procedure must be one of the following values: ordinary, summary',
      'procedure 必须是以下之一：ordinary、summary',
    ],
    ['property extra should not exist', '不应有属性 extra'],
    ['validUntil must be a date YYYY-MM-DD', 'validUntil 必须是日期 YYYY-MM-DD'],
    [
      'creditCode must be 18 characters (GB 32100)',
      'creditCode 必须是18位统一社会信用代码（GB 32100）',
    ],
  ])('%s → %s', (english, chinese) => {
    expect(zh(english)).toBe(chinese);
    expect(render(dtoReason(english) as Msg, 'en')).toBe(english);
  });

  it('keeps a reason it cannot read as class-validator wrote it', () => {
    expect(dtoReason('something else entirely')).toBe('something else entirely');
  });
});
