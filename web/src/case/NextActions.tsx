import { Collapse, Empty, Typography } from 'antd';
import { useState } from 'react';
import { api, type CaseView, type Problem, type Schemas } from '../api/client';
import { SchemaForm } from '../forms/SchemaForm';
import type { PayloadSchema } from '../forms/payload-schema';
import { useI18n } from '../i18n/i18n';
import { prefillOf, type Upload } from './prefill';
import { Refusal } from './Refusal';

export type MachineEvent = Pick<Schemas['EventDescriptionDto'], 'type' | 'name'> & {
  schema: PayloadSchema;
};

/** The acts the caller may do now, each a form made from its event's payload schema. */
export function NextActions({
  view,
  events,
  onDone,
  uploads = [],
  only,
}: {
  view: CaseView;
  events: Map<string, MachineEvent>;
  onDone: () => void;
  uploads?: Upload[];
  /** Only these events (a page for one kind of work, e.g. the review page). */
  only?: string[];
}) {
  const { t, lang } = useI18n();
  const [refusals, setRefusals] = useState<Record<string, Problem | undefined>>({});
  const mine = view.nextActions.filter(
    (a) => a.mayAct && events.has(a.type) && (!only || only.includes(a.type)),
  );
  if (mine.length === 0) return <Empty description={t('notYours')} />;

  const send = async (type: string, payload: Record<string, unknown>) => {
    const { error } = await api.POST('/api/v1/cases/{id}/events', {
      params: { path: { id: view.id } },
      // The event union's members are the schemas the form was made from.
      body: { type, expectedVersion: view.version, payload } as never,
    });
    setRefusals((r) => ({ ...r, [type]: error }));
    if (!error) onDone();
  };

  return (
    <Collapse
      items={mine.map((a) => {
        const event = events.get(a.type)!;
        const refusal = refusals[a.type];
        return {
          key: a.type,
          label: `${event.name[lang]}（${a.type}）`,
          children: (
            <>
              {a.failing.length > 0 && (
                <Typography.Paragraph type="warning">
                  {t('wouldFail')}：
                  {a.failing.map((g) => `${g.id} ${g.message}（${g.citation}）`).join('；')}
                </Typography.Paragraph>
              )}
              {refusal && <Refusal problem={refusal} />}
              <SchemaForm
                // A new version or a new upload starts the form again from its prefill.
                key={`${view.version}:${uploads.length}`}
                name={a.type}
                schema={event.schema}
                initialValues={prefillOf(a.type, view, uploads)}
                onSubmit={(p) => send(a.type, p)}
              />
            </>
          ),
        };
      })}
    />
  );
}
