import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, problemText, type Schemas } from '../api/client';
import { useLoad } from '../hooks/use-load';
import { useAdminText, type AdminKey } from './messages';
import { YearGrid } from './YearGrid';
import { StatusTag, SUBTLE } from '../audit/StatusTag';

const dates = (text: string): string[] =>
  [...new Set(text.split(/[\s,，、]+/).filter(Boolean))].sort();
const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

/**
 * 工作日历: a year's working days as the service counts them (GET /calendar/:year), where that
 * arrangement comes from, and loading the State Council notice's days (PUT /calendar/:year).
 */
export default function CalendarPage() {
  const t = useAdminText();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const current = useLoad(`calendar:${year}`, () =>
    api.GET('/api/v1/calendar/{year}', { params: { path: { year } } }),
  );
  const c = current.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('calendarTitle')}
      </Typography.Title>
      <Space align="center">
        <label htmlFor="calendar-year">{t('year')}</label>
        <InputNumber
          id="calendar-year"
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => v && setYear(v)}
        />
      </Space>
      {current.error && <Alert type="error" role="alert" message={current.error} />}
      {c && (
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('source')}>
            <StatusTag testId="calendar-source" tone={c.source === 'weekdays' ? 'orange' : 'blue'}>
              {t(`source_${c.source}` as AdminKey)}
            </StatusTag>
          </Descriptions.Item>
          <Descriptions.Item label={t('note')}>{c.note ?? '—'}</Descriptions.Item>
          {c.loadedBy && <Descriptions.Item label={t('loadedBy')}>{c.loadedBy}</Descriptions.Item>}
          {c.loadedAt && (
            <Descriptions.Item label={t('loadedAt')}>
              {c.loadedAt.slice(0, 16).replace('T', ' ')}
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {c?.provisional && <Alert type="warning" showIcon message={t('provisional')} />}
      {c && c.year === year && (
        <YearEditor
          key={`${year}:${c.loadedAt ?? ''}`}
          year={year}
          current={c}
          onLoaded={current.reload}
        />
      )}
    </Space>
  );
}

type Year = Schemas['CalendarYearDto'];

/** The year's days on the grid and in the form, as loaded; sent whole by PUT /calendar/:year. */
function YearEditor({
  year,
  current: c,
  onLoaded,
}: {
  year: number;
  current: Year;
  onLoaded: () => void;
}) {
  const t = useAdminText();
  const { message } = App.useApp();
  const [holidays, setHolidays] = useState(() => c.holidays.join('\n'));
  const [workdays, setWorkdays] = useState(() => c.workdays.join('\n'));
  const [note, setNote] = useState(c.note ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const toggle = (day: string) => {
    const [text, set] = isWeekend(day) ? [workdays, setWorkdays] : [holidays, setHolidays];
    const list = dates(text);
    set((list.includes(day) ? list.filter((d) => d !== day) : [...list, day].sort()).join('\n'));
  };

  const load = async () => {
    setError(undefined);
    setBusy(true);
    const res = await api.PUT('/api/v1/calendar/{year}', {
      params: { path: { year } },
      body: { holidays: dates(holidays), workdays: dates(workdays), ...(note ? { note } : {}) },
    });
    setBusy(false);
    if (res.error) return setError(problemText(res.error));
    void message.success(t('recomputed', { n: res.data.recomputedCases.length }));
    onLoaded();
  };

  return (
    <>
      <Typography.Text>
        <StatusTag tone="red">{t('legendHoliday')}</StatusTag>
        <StatusTag tone="blue">{t('legendWorkday')}</StatusTag>
      </Typography.Text>
      <YearGrid
        year={year}
        holidays={new Set(dates(holidays))}
        workdays={new Set(dates(workdays))}
        onToggle={toggle}
      />
      <Card size="small" title={t('load')}>
        <Typography.Paragraph style={SUBTLE}>{t('datesHint')}</Typography.Paragraph>
        {error && <Alert type="error" role="alert" message={error} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" onFinish={() => void load()}>
          <Form.Item label={t('holidays')} htmlFor="calendar-holidays">
            <Input.TextArea
              id="calendar-holidays"
              rows={4}
              value={holidays}
              onChange={(e) => setHolidays(e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('workdays')} htmlFor="calendar-workdays">
            <Input.TextArea
              id="calendar-workdays"
              rows={2}
              value={workdays}
              onChange={(e) => setWorkdays(e.target.value)}
            />
          </Form.Item>
          <Form.Item label={t('note')} htmlFor="calendar-note">
            <Input id="calendar-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('load')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
