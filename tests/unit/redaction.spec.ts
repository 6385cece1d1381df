import {
  ADDRESS_MASK,
  MASK,
  maskAddresses,
  maskName,
  maskPersonalNumbers,
  publicParty,
  redactFreeText,
} from '../../src/disclosure/redaction/redaction';

const ID = '11010519491231002X';
const PERSON = {
  kind: 'natural_person' as const,
  name: '张三丰',
  idNumber: ID,
  phone: '13812345678',
  address: '上海市浦东新区张江路100弄3号201室',
};

describe('DR 6: personal numbers in free text', () => {
  it.each([
    ['an 18-character ID number with X', `身份证${ID}。`, `身份证${MASK.idNumber}。`],
    ['a 15-digit ID number', '其证件110105491231002在案', `其证件${MASK.idNumber}在案`],
    ['an ID number in groups', '号码 110105 19491231 002X 有效', `号码 ${MASK.idNumber} 有效`],
    ['a mobile number', '当事人13812345678称', `当事人${MASK.phone}称`],
    ['a mobile number with dashes', '电话138-1234-5678', `电话${MASK.phone}`],
    ['a mobile number with +86', '联系+86 138 1234 5678。', `联系+${MASK.phone}。`],
    ['a landline with area code', '固定电话021-62345678', `固定电话${MASK.phone}`],
    ['a bank card in groups of four', '卡 6222 0212 3456 7890 123', `卡 ${MASK.bankCard}`],
    ['a 16-digit card', '转入6222021234567890。', `转入${MASK.bankCard}。`],
    ['full-width digits', '手机１３８１２３４５６７８', `手机${MASK.phone}`],
    ['a short labelled phone', '联系电话：62345678，', `联系电话：${MASK.phone}，`],
    ['a short labelled account', '银行账号 12345678', `银行账号 ${MASK.bankCard}`],
  ])('masks %s', (_what, text, expected) => {
    expect(maskPersonalNumbers(text)).toBe(expected);
  });

  it.each([
    ['amounts', '罚款20000元，没收违法所得3,500.50元'],
    ['decision numbers', '沪市监处罚〔2025〕00123号'],
    ['articles', '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项'],
    ['dates', '2025-09-15至2025-10-15期间，2025年9月15日'],
    ['date ranges joined by a dash', '2025-09-15-2025-10-15'],
    ['credit codes with letters', '统一社会信用代码91310000MA1FL0000X'],
    ['times', '2025-09-15 10:30 检查'],
  ])('keeps %s', (_what, text) => {
    expect(maskPersonalNumbers(text)).toBe(text);
  });

  it('does not let a date hide a phone number beside it', () => {
    expect(maskPersonalNumbers('2025-09-15 13812345678')).toBe(`2025-09-15 ${MASK.phone}`);
  });

  it('is idempotent', () => {
    const once = maskPersonalNumbers(`电话13812345678，身份证${ID}，卡号6222021234567890`);
    expect(maskPersonalNumbers(once)).toBe(once);
  });
});

describe('names of natural persons, as the bureau configures', () => {
  it.each([
    ['张三', 'surname', '张某'],
    ['张三丰', 'surname', '张某'],
    ['欧阳娜娜', 'surname', '欧阳某'],
    ['司马', 'surname', '司某'],
    ['张某', 'surname', '张某'],
    ['欧阳某', 'surname', '欧阳某'],
    [' 张三 ', 'full', '张三'],
  ] as const)('%s with policy %s → %s', (name, policy, expected) => {
    expect(maskName(name, policy)).toBe(expected);
  });
});

describe('addresses of natural persons in free text', () => {
  it('masks a labelled address up to the punctuation', () => {
    expect(maskAddresses('住址：上海市浦东新区张江路100弄3号201室，系个体经营者')).toBe(
      `住址：${ADDRESS_MASK}，系个体经营者`,
    );
  });

  it('masks the address after 家住', () => {
    expect(maskAddresses('当事人家住北京市朝阳区某某小区3栋。')).toBe(
      `当事人家住${ADDRESS_MASK}。`,
    );
  });

  it('keeps the road but not the house number elsewhere', () => {
    expect(maskAddresses('在张江路100号3栋201室销售')).toBe('在张江路［门牌号已隐去］销售');
  });

  it.each(['《中华人民共和国道路交通安全法》第九十条', '在经营地址销售过期食品', '现住址：'])(
    'leaves %s alone',
    (text) => {
      expect(maskAddresses(text)).toBe(text);
    },
  );
});

describe('free text of a decision', () => {
  const text =
    `当事人张三丰（身份证号${ID}，住址：${PERSON.address}，电话13812345678）` +
    '通过银行卡6222 0212 3456 7890收取货款，家住张江路100弄。';

  it('leaves none of a natural person’s data in it', () => {
    const out = redactFreeText(text, PERSON, 'surname');
    for (const raw of [
      ID,
      '13812345678',
      PERSON.address,
      '6222 0212 3456 7890',
      '张三丰',
      '100弄',
    ]) {
      expect(out).not.toContain(raw);
    }
    expect(out).toContain('当事人张某');
  });

  it('keeps the full name when the bureau publishes names in full', () => {
    expect(redactFreeText(text, PERSON, 'full')).toContain('当事人张三丰');
  });

  it('masks numbers but keeps the premises in an organisation’s text', () => {
    const org = { kind: 'legal_person' as const, name: '上海某某食品有限公司' };
    expect(redactFreeText('在张江路100号销售，负责人电话13812345678', org, 'surname')).toBe(
      `在张江路100号销售，负责人电话${MASK.phone}`,
    );
  });

  it('is idempotent', () => {
    const once = redactFreeText(text, PERSON, 'surname');
    expect(redactFreeText(once, { kind: 'natural_person', name: '张某' }, 'surname')).toBe(once);
  });
});

describe('DR 4 当事人基本情况 as published', () => {
  it('names a natural person per the policy and nothing else', () => {
    expect(publicParty({ ...PERSON, creditCode: 'X' }, 'surname')).toEqual({
      kind: 'natural_person',
      name: '张某',
    });
  });

  it('keeps an organisation’s name and credit code', () => {
    const org = {
      kind: 'legal_person' as const,
      name: '上海某某食品有限公司',
      creditCode: '91310000MA1FL0000X',
      address: '上海市浦东新区张江路1号',
      phone: '021-62345678',
    };
    expect(publicParty(org, 'surname')).toEqual({
      kind: 'legal_person',
      name: '上海某某食品有限公司',
      creditCode: '91310000MA1FL0000X',
    });
  });

  it('keeps an individual business’s registered name and code, not its operator’s data', () => {
    const shop = { ...PERSON, kind: 'individual_business' as const, name: '浦东新区三丰小吃店' };
    expect(publicParty({ ...shop, creditCode: '92310115MA1K000000' }, 'surname')).toEqual({
      kind: 'individual_business',
      name: '浦东新区三丰小吃店',
      creditCode: '92310115MA1K000000',
    });
  });
});
