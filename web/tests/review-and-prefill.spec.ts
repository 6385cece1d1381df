import type { CaseView } from '../src/api/client';
import { prefillOf } from '../src/case/prefill';
import { inReviewQueue, reviewReasons } from '../src/review/review-reasons';

describe('why a legal review is required, in words', () => {
  it("names the §5 criteria the service gives, in the reader's language", () => {
    expect(reviewReasons(['hearing_held', 'large_fine'], 'zh')).toEqual([
      '直接关系当事人重大权益，经过听证程序（第五十八条第一款第二项）',
      '本局重大执法决定法制审核目录：较大数额罚款（第五十八条第一款第四项）',
    ]);
    expect(reviewReasons(['revoke_license'], 'en')).toEqual([
      "the bureau's list: revoke_license (APL 58(1)(4))",
    ]);
    expect(reviewReasons(['a_new_criterion'], 'en')).toEqual(['a_new_criterion']);
  });
});

describe('the legal-review queue', () => {
  const returnable = ['RETURN_FOR_INVESTIGATION', 'RETURN_FOR_CORRECTION'];
  it('holds cases at 法制审核 the caller may pass or return', () => {
    expect(inReviewQueue({ stage: 'legalReview', allowedEvents: ['PASS_LEGAL_REVIEW'] })).toBe(
      true,
    );
    expect(inReviewQueue({ stage: 'legalReview', allowedEvents: returnable })).toBe(true);
  });

  it('leaves out 案件审核, where the same return events are the case reviewer’s', () => {
    expect(inReviewQueue({ stage: 'caseReview', allowedEvents: returnable })).toBe(false);
    expect(inReviewQueue({ stage: 'legalReview', allowedEvents: ['RECORD_EVIDENCE'] })).toBe(false);
  });
});

describe('where a next action starts', () => {
  const proposal = {
    outcome: 'penalty',
    penalties: [{ kind: 'fine', amountFen: 15_000_000 }],
    legalBasis: '《食品安全法》第一百二十五条',
  };
  const view = { proposal } as unknown as CaseView;

  it('prefills the decision and the collective resolution from the approved proposal', () => {
    expect(prefillOf('DECIDE', view)).toEqual({
      outcome: 'penalty',
      penalties: [{ kind: 'fine', amountFen: 15_000_000 }],
    });
    expect(prefillOf('RECORD_COLLECTIVE_DECISION', view)).toEqual({ resolution: proposal });
  });

  it('names the files just uploaded in the evidence, and nothing for other acts', () => {
    expect(
      prefillOf('RECORD_EVIDENCE', view, [{ sha256: 'ab'.repeat(32), filename: 'a.pdf' }]),
    ).toEqual({
      attachments: [{ sha256: 'ab'.repeat(32), description: 'a.pdf' }],
    });
    expect(prefillOf('APPROVE_PROPOSAL', view)).toBeUndefined();
  });
});
