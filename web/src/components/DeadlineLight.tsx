import { lightOf, type DeadlineFacts } from '../desk/light';
import { useI18n } from '../i18n/i18n';

const LABEL = { red: 'overdue', amber: 'soon', green: 'later', none: 'noDeadline' } as const;

/** The desk's light as a coloured dot with its meaning in words (never colour alone). */
export function DeadlineLight({ deadline }: { deadline?: DeadlineFacts }) {
  const { t } = useI18n();
  const light = lightOf(deadline);
  return (
    <span data-light={light}>
      <span className={`light light-${light}`} aria-hidden="true" />
      {t(LABEL[light])}
    </span>
  );
}
