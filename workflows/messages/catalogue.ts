// The one message catalogue (issue 14, "Chinese first"): every text the API answers with, in
// Chinese and English. Rules return a `Msg` (a key and its parameters); whoever answers renders
// it in the reader's language. An unknown key, or parameters of the wrong shape, do not compile.
import { AFTER_DECISION_MESSAGES } from './guards-after-decision.messages';
import { BEFORE_DECISION_MESSAGES } from './guards-before-decision.messages';
import { PAYLOAD_MESSAGES } from './payload.messages';
import { CASE_FILE_MESSAGES } from './case-file.messages';
import { SERVICE_MESSAGES } from './service.messages';
import { NAME_MESSAGES } from './names.messages';
import { SIGN_IN_MESSAGES } from './sign-in.messages';
import type { Lang, ParamEntry, PlainEntry } from './text';

export type { Lang } from './text';
export { LANGS } from './text';

/** The catalogue's parts, kept apart so a duplicated key is caught by a test. */
export const CATALOGUE_PARTS = [
  BEFORE_DECISION_MESSAGES,
  AFTER_DECISION_MESSAGES,
  PAYLOAD_MESSAGES,
  SERVICE_MESSAGES,
  CASE_FILE_MESSAGES,
  SIGN_IN_MESSAGES,
  NAME_MESSAGES,
] as const;

export const CATALOGUE = {
  ...BEFORE_DECISION_MESSAGES,
  ...AFTER_DECISION_MESSAGES,
  ...PAYLOAD_MESSAGES,
  ...SERVICE_MESSAGES,
  ...CASE_FILE_MESSAGES,
  ...SIGN_IN_MESSAGES,
  ...NAME_MESSAGES,
};

type Catalogue = typeof CATALOGUE;
export type MessageKey = keyof Catalogue;

/** A parameter as a rule gives it: a value, or a message rendered in the same language. */
export type ParamInput = string | number | boolean | undefined | Msg | readonly (string | Msg)[];

export interface Msg {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, ParamInput>>;
}

/** What `msg(key, …)` takes: the entry's parameters, where a text may also be a message. */
type Input<P> = {
  [K in keyof P]: P[K] extends string
    ? P[K] | Msg
    : P[K] extends readonly string[]
      ? readonly (string | Msg)[]
      : P[K];
};
type Args<K extends MessageKey> =
  Catalogue[K] extends ParamEntry<infer P> ? [params: Input<P>] : [];

/** A message by key; parameters are required exactly when the entry takes them. */
export function msg<K extends MessageKey>(key: K, ...args: Args<K>): Msg {
  const [params] = args as unknown as [Record<string, ParamInput>?];
  return params === undefined ? { key } : { key, params };
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, key);
}

export function isMsg(value: unknown): value is Msg {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string' &&
    isMessageKey((value as { key: string }).key)
  );
}

function renderParam(value: ParamInput, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item: string | Msg) => renderParam(item, lang));
  return isMsg(value) ? render(value, lang) : value;
}

/** The message in one language (nested messages in the same language). */
export function render(message: Msg, lang: Lang): string {
  const entry = CATALOGUE[message.key] as PlainEntry | ParamEntry<Record<string, unknown>>;
  const text = entry[lang];
  if (typeof text === 'string') return text;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    params[name] = renderParam(value, lang);
  }
  return text(params);
}

/** English, the language of logs and of the pure results' `message` / `reason` members. */
export const english = (message: Msg): string => render(message, 'en');
