import { Alert, Button, Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useI18n, type Lang } from '../i18n/i18n';
import { FenInput } from './FenInput';
import { fieldLabel, valueLabel } from './labels';
import { errorText } from './error-text';
import {
  checkPayload,
  fieldsOf,
  payloadOf,
  type Field,
  type PayloadSchema,
} from './payload-schema';

export interface SchemaFormProps {
  /** Used for the form's accessible name and its fields' ids. */
  name: string;
  schema: PayloadSchema;
  /** Called only with a payload the schema accepts. */
  onSubmit: (payload: Record<string, unknown>) => Promise<void> | void;
  submitLabel?: string;
  disabled?: boolean;
  /** Values to start from (e.g. the decision from the approved proposal), shaped as the payload. */
  initialValues?: Record<string, unknown>;
}

function input(f: Field, label: string, lang: Lang): ReactNode {
  switch (f.kind) {
    case 'date':
      return <Input type="date" />;
    case 'date-time':
      return <Input type="datetime-local" />;
    case 'integer':
      if (f.path[f.path.length - 1].endsWith('Fen'))
        return <FenInput min={f.minimum} max={f.maximum} />;
      return (
        <InputNumber precision={0} min={f.minimum} max={f.maximum} style={{ width: '100%' }} />
      );
    case 'number':
      return <InputNumber min={f.minimum} max={f.maximum} style={{ width: '100%' }} />;
    case 'boolean':
      return <Checkbox>{label}</Checkbox>;
    case 'choice':
      return (
        <Select
          allowClear={!f.required}
          options={f.choices?.map((c) => ({ value: c, label: valueLabel(c, lang) }))}
        />
      );
    case 'list':
      return <Select mode="tags" open={false} tokenSeparators={[',', ' ', '，']} />;
    case 'json':
      return <Input.TextArea rows={3} placeholder="JSON" />;
    case 'text':
    case 'object':
    case 'objects':
      return <Input />;
  }
}

/** One field; `name` is where its value sits in the form (relative inside a list's item). */
function FieldItem({ f, name = f.path }: { f: Field; name?: (string | number)[] }) {
  const { t, lang } = useI18n();
  const label = fieldLabel(f.path[f.path.length - 1], lang, f.title);
  const inner = (g: Field) => [...name, g.path[g.path.length - 1]];
  if (f.kind === 'object') {
    return (
      <fieldset className="schema-fieldset">
        <legend>{label}</legend>
        {f.fields?.map((g) => (
          <FieldItem key={g.path.join('.')} f={g} name={inner(g)} />
        ))}
      </fieldset>
    );
  }
  if (f.kind === 'objects') {
    return (
      <Form.List name={name} initialValue={f.required ? [{}] : []}>
        {(items, { add, remove }) => (
          <fieldset className="schema-fieldset">
            <legend>{label}</legend>
            {items.map((item, i) => (
              <fieldset key={item.key} className="schema-fieldset">
                <legend>{`${label} ${i + 1}`}</legend>
                {f.fields?.map((g) => (
                  <FieldItem key={g.path.join('.')} f={g} name={[item.name, ...g.path]} />
                ))}
                <Button size="small" onClick={() => remove(item.name)}>
                  {t('remove')} {`${label} ${i + 1}`}
                </Button>
              </fieldset>
            ))}
            <Button size="small" onClick={() => add({})}>
              {t('add')} {label}
            </Button>
          </fieldset>
        )}
      </Form.List>
    );
  }
  const isBoolean = f.kind === 'boolean';
  return (
    <Form.Item
      name={name}
      label={isBoolean ? undefined : label}
      required={f.required}
      valuePropName={isBoolean ? 'checked' : 'value'}
      initialValue={isBoolean ? false : undefined}
    >
      {input(f, label, lang)}
    </Form.Item>
  );
}

function leaves(fields: Field[]): Field[] {
  // A list of objects reports its items' errors above the button (with their index).
  return fields.flatMap((f) =>
    f.kind === 'object' ? leaves(f.fields ?? []) : f.kind === 'objects' ? [] : [f],
  );
}

/** A form generated from an event's payload schema, checked by that schema before it is sent. */
export function SchemaForm({
  name,
  schema,
  onSubmit,
  submitLabel,
  disabled,
  initialValues,
}: SchemaFormProps) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const [others, setOthers] = useState<string[]>([]);
  const fields = useMemo(() => fieldsOf(schema), [schema]);

  const finish = async (values: Record<string, unknown>) => {
    const payload = payloadOf(fields, values);
    const errors = checkPayload(schema, payload);
    // Every field's errors at once, beside the field; the rest (a whole object's) above the button.
    const named = leaves(fields);
    const key = (path: string[]) => path.join('.');
    form.setFields(
      named.map((f) => ({
        name: f.path,
        errors: errors.filter((e) => key(e.path) === key(f.path)).map((e) => errorText(e, lang)),
      })),
    );
    const known = new Set(named.map((f) => key(f.path)));
    setOthers(
      errors
        .filter((e) => !known.has(key(e.path)))
        .map((e) => `${key(e.path) || name}: ${errorText(e, lang)}`),
    );
    if (errors.length > 0) return;
    setBusy(true);
    try {
      await onSubmit(payload);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      name={name}
      layout="vertical"
      onFinish={(v) => void finish(v)}
      initialValues={initialValues}
      aria-label={name}
    >
      {fields.map((f) => (
        <FieldItem key={f.path.join('.')} f={f} />
      ))}
      {others.length > 0 && (
        <Alert type="error" role="alert" message={others.join('；')} style={{ marginBottom: 12 }} />
      )}
      <Button type="primary" htmlType="submit" loading={busy} disabled={disabled}>
        {submitLabel ?? t('submit')}
      </Button>
    </Form>
  );
}
