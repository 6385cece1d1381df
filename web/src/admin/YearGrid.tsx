import { Col, Row } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useAdminText } from './messages';

const pad = (n: number) => String(n).padStart(2, '0');
/** Read by screen readers, not shown: the whole date, where the grid shows the day. */
const HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
const HEAD = {
  zh: ['一', '二', '三', '四', '五', '六', '日'],
  en: ['M', 'T', 'W', 'T', 'F', 'S', 'S'],
};

/**
 * A year as twelve month grids (Monday first): days off marked 休, make-up working days 班,
 * weekends shaded. A click on a day asks to toggle it (`onToggle`).
 */
export function YearGrid({
  year,
  holidays,
  workdays,
  onToggle,
}: {
  year: number;
  holidays: Set<string>;
  workdays: Set<string>;
  onToggle: (day: string) => void;
}) {
  const { lang } = useI18n();
  const t = useAdminText();
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: 12 }, (_, m) => {
        const first = new Date(Date.UTC(year, m, 1));
        const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
        const lead = (first.getUTCDay() + 6) % 7;
        const cells: (number | undefined)[] = [
          ...Array<undefined>(lead).fill(undefined),
          ...Array.from({ length: days }, (_, i) => i + 1),
        ];
        while (cells.length % 7) cells.push(undefined);
        const weeks = Array.from({ length: cells.length / 7 }, (_, w) =>
          cells.slice(w * 7, w * 7 + 7),
        );
        const title = lang === 'zh' ? `${year}年${m + 1}月` : `${year}-${pad(m + 1)}`;
        return (
          <Col key={m} xs={24} sm={12} lg={8} xl={6}>
            <table style={{ width: '100%', borderCollapse: 'collapse', textAlign: 'center' }}>
              <caption style={{ fontWeight: 600, textAlign: 'left' }}>{title}</caption>
              <thead>
                <tr>
                  {HEAD[lang].map((h, i) => (
                    <th key={i} scope="col" style={{ fontWeight: 400, color: '#374151' }}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((week, w) => (
                  <tr key={w}>
                    {week.map((d, i) => {
                      if (!d) return <td key={i} />;
                      const day = `${year}-${pad(m + 1)}-${pad(d)}`;
                      const off = holidays.has(day);
                      const work = workdays.has(day);
                      const weekend = i >= 5;
                      const mark = off ? t('holiday') : work ? t('workday') : '';
                      return (
                        <td key={i} style={{ padding: 1 }}>
                          <button
                            type="button"
                            onClick={() => onToggle(day)}
                            aria-pressed={off || work}
                            style={{
                              position: 'relative',
                              width: '100%',
                              border: '1px solid #e5e7eb',
                              borderRadius: 4,
                              padding: '2px 0',
                              cursor: 'pointer',
                              lineHeight: 1.2,
                              color: off ? '#991b1b' : work ? '#1e3a8a' : '#111827',
                              background: off
                                ? '#fee2e2'
                                : work
                                  ? '#dbeafe'
                                  : weekend
                                    ? '#f3f4f6'
                                    : '#fff',
                            }}
                          >
                            <span style={HIDDEN}>{day} </span>
                            <span aria-hidden="true">{d}</span>
                            <br />
                            <small>{mark || '\u00a0'}</small>
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Col>
        );
      })}
    </Row>
  );
}
