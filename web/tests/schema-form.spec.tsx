import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SchemaForm } from '../src/forms/SchemaForm';
import type { PayloadSchema } from '../src/forms/payload-schema';
import { I18nProvider } from '../src/i18n/i18n';

// Shaped like the payload schemas of GET /workflows/penalty-case (JSON Schema 2020-12).
const schema: PayloadSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    reason: { type: 'string', minLength: 1 },
    servedOn: { type: 'string', format: 'date' },
    reviewerId: { type: 'string', format: 'officer-id' },
    conditions: {
      type: 'object',
      properties: { withinLimitation: { type: 'boolean' } },
      required: ['withinLimitation'],
      additionalProperties: false,
    },
  },
  required: ['reason', 'servedOn', 'conditions'],
  additionalProperties: false,
};

const WITHIN_LIMITATION = '在给予行政处罚的法定期限内';

function renderForm(onSubmit = jest.fn()) {
  render(
    <I18nProvider initial="zh">
      <SchemaForm name="SERVE_NOTICE" schema={schema} onSubmit={onSubmit} />
    </I18nProvider>,
  );
  return onSubmit;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('a form made from an event payload schema', () => {
  it('has a labelled field for every property, objects as fieldsets', () => {
    renderForm();
    // Chinese names from forms/labels.ts; a field the table does not know keeps its own name.
    expect(screen.getByLabelText('理由')).toBeTruthy();
    expect(screen.getByLabelText('servedOn').getAttribute('type')).toBe('date');
    expect(screen.getByRole('group', { name: '立案条件' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: WITHIN_LIMITATION })).toBeTruthy();
  });

  it('names each missing required field in Chinese and sends nothing', async () => {
    const onSubmit = renderForm();
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findAllByText('必填')).toHaveLength(2);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses what the schema refuses, beside the field (an officer id in the wrong spelling)', async () => {
    const onSubmit = renderForm();
    type('理由', '需要检测');
    type('servedOn', '2025-03-12');
    type('reviewerId', '张 三');
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText('格式不正确')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the payload the schema accepts, empty optional fields left out', async () => {
    const onSubmit = renderForm();
    type('理由', '需要检测');
    type('servedOn', '2025-03-12');
    fireEvent.click(screen.getByRole('checkbox', { name: WITHIN_LIMITATION }));
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      reason: '需要检测',
      servedOn: '2025-03-12',
      conditions: { withinLimitation: true },
    });
  });
});

describe('a list of objects (the penalties of a decision)', () => {
  const decide: PayloadSchema = {
    type: 'object',
    properties: {
      decisionNumber: { type: 'string', minLength: 1 },
      penalties: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['fine', 'warning'] },
            amountFen: { type: 'integer', minimum: 0 },
          },
          required: ['kind'],
        },
      },
    },
    required: ['decisionNumber', 'penalties'],
  };

  it('starts from the values given (the approved proposal) and sends them as items', async () => {
    const onSubmit = jest.fn();
    render(
      <I18nProvider initial="zh">
        <SchemaForm
          name="DECIDE"
          schema={decide}
          onSubmit={onSubmit}
          initialValues={{ penalties: [{ kind: 'fine', amountFen: 15_000_000 }] }}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('group', { name: '处罚内容 1' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('金额（分）').value).toBe('15000000');
    type('决定书文号', '市监罚〔2025〕1号');
    fireEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      decisionNumber: '市监罚〔2025〕1号',
      penalties: [{ kind: 'fine', amountFen: 15_000_000 }],
    });
  });
});
