// PROCEDURE.md §3, APL 64(4): a handler replaced by REPLACE_HANDLERS investigated the case; they
// do not preside over its hearing either (G15), whoever the case's handlers are now.
import { guardIds } from './support/case-driver';
import { company, fine, makeOfficer } from './support/factories';
import { notifiedCase } from './support/histories';

describe('a replaced handler presides over no hearing of the case (G15)', () => {
  const both = makeOfficer({ id: 'hx', roles: ['handler', 'hearing_officer'] });
  const given = () => {
    const driver = notifiedCase({
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    }).withOfficers(both);
    const replace = (handlerIds: string[]) =>
      driver.accept('REPLACE_HANDLERS', { handlerIds, reason: '工作调整' }, '2025-04-14');
    replace(['h1', 'hx']);
    replace(['h1', 'h2']);
    driver.accept('REQUEST_HEARING', {}, '2025-04-15');
    return driver;
  };

  it('refuses ACCEPT_HEARING naming them, and accepts another hearing officer', () => {
    const driver = given();
    const refused = driver.refuse('ACCEPT_HEARING', { presidingOfficerId: 'hx' }, '2025-04-16');
    expect(guardIds(refused)).toEqual(['G15']);
    expect(JSON.stringify(refused)).toContain('hx');
    driver.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
  });
});
