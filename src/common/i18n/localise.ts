// Renders what a problem body carries as catalogue messages in the reader's language: the
// detail, field reasons and guard failures (with the citation in full beside the short form).
import {
  type Lang,
  type Msg,
  isMsg,
  render,
  citationText,
  type GuardFailure,
} from '../../../workflows';

/** A text given as a catalogue message, or (from code not yet in the catalogue) as a string. */
export type Text = string | Msg;

export const renderText = (text: Text, lang: Lang): string =>
  typeof text === 'string' ? text : render(text, lang);

export interface GuardFailureView {
  id: string;
  message: string;
  citation: string;
  citationText: string;
}

/** A guard failure as answers show it: `citation` kept short (APL 63), `citationText` in full. */
export function renderGuardFailure(g: GuardFailure, lang: Lang): GuardFailureView {
  return {
    id: g.id,
    message: render(g.msg, lang),
    citation: g.citation,
    citationText: citationText(g.citation, lang),
  };
}

function renderFieldErrors(errors: unknown, lang: Lang): unknown {
  if (!Array.isArray(errors)) return errors;
  return errors.map((e: { field: string; reason: Text }) => ({
    field: e.field,
    reason: renderText(e.reason, lang),
  }));
}

function renderGuards(guards: unknown, lang: Lang): unknown {
  if (!Array.isArray(guards)) return guards;
  return guards.map((g: GuardFailure) => (isMsg(g.msg) ? renderGuardFailure(g, lang) : g));
}

/** Extension members of a problem body, with `errors` and `guards` rendered. */
export function localiseExtensions(
  ext: Record<string, unknown>,
  lang: Lang,
): Record<string, unknown> {
  const out = { ...ext };
  if ('errors' in out) out.errors = renderFieldErrors(out.errors, lang);
  if ('guards' in out) out.guards = renderGuards(out.guards, lang);
  return out;
}
