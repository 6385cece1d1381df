import { Alert, Card, Col, Row, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { NextActions, type MachineEvent } from '../case/NextActions';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { ProposalFacts } from '../review/ProposalFacts';
import { REVIEW_EVENTS, reviewReasons } from '../review/review-reasons';

/**
 * 法制审核 of one case: the proposal, facts, evidence and legal basis, why review is required
 * (the §5 criteria the service names), and the review's own acts. A handler of the case sees
 * none of it: the service refuses their review too (G09, 403 HANDLER_OF_CASE).
 */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const { state } = useSession();
  const meId = state.status === 'signedIn' ? state.me.id : '';
  const path = { params: { path: { id } } };
  const view = useLoad(`case:${id}`, () => api.GET('/api/v1/cases/{id}', path));
  const version = view.data?.version;
  const log = useLoad(`log:${id}:${version}`, () => api.GET('/api/v1/cases/{id}/log', path));
  const machine = useLoad('machine', () => api.GET('/api/v1/workflows/penalty-case'));
  const events = useMemo(
    () => new Map((machine.data?.events ?? []).map((e) => [e.type, e as unknown as MachineEvent])),
    [machine.data],
  );

  if (view.error) return <Alert type="error" role="alert" message={view.error} />;
  const c = view.data;
  if (!c) return <Spin />;
  const heading = (
    <Typography.Title level={1} style={{ fontSize: 22 }}>
      {t('reviewOf', { n: c.caseNumber })}
    </Typography.Title>
  );
  if (c.handlerIds.includes(meId)) {
    return (
      <>
        <Link to="/reviews">← {t('reviewQueue')}</Link>
        {heading}
        <Alert type="warning" role="alert" message={t('reviewNotYours')} />
      </>
    );
  }
  const why = c.nextActions.find((a) => a.type === 'DECIDE')?.failing.find((g) => g.id === 'G18');
  // Answers carry the article in full beside its short citation.
  const article = why && ((why as { citationText?: string }).citationText ?? why.citation);
  const party = c.party as { name?: string; creditCode?: string };

  return (
    <>
      <Link to="/reviews">← {t('reviewQueue')}</Link>
      {heading}
      <Typography.Paragraph>
        {t('party')}：{party.name} {party.creditCode && `（${party.creditCode}）`} ·{' '}
        <Link to={`/cases/${c.id}`}>{t('goToCase')}</Link>
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('proposal')} size="small">
            <ProposalFacts view={c} log={log.data ?? []} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('whyReview')} size="small" style={{ marginBottom: 16 }}>
            {c.legalReview?.required ? (
              <ul style={{ paddingLeft: 20 }}>
                {reviewReasons(c.legalReview.reasons, lang).map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : (
              '—'
            )}
            {why && (
              <Typography.Paragraph>
                {why.id} {why.message}（{article}）
              </Typography.Paragraph>
            )}
          </Card>
          <Card title={t('review')} size="small">
            <NextActions view={c} events={events} onDone={view.reload} only={REVIEW_EVENTS} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
