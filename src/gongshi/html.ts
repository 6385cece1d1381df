// A tiny typed HTML builder for the public portal: every interpolated value is text, escaped,
// unless it is already Html (built by this same tag). There is no other way to write markup.
// (Not named `html`: Prettier would reformat such templates as HTML and add whitespace that a
// Chinese sentence shows as spaces.)
import { escapeMarkup } from '../common/text/escape-markup';

const HTML = Symbol('html');

/** Markup built by `markup`; the only thing interpolated unescaped. */
export interface Html {
  readonly [HTML]: string;
}

/** What a template may interpolate: text, numbers, markup, lists of them; nothing renders as ''. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const isHtml = (value: unknown): value is Html =>
  typeof value === 'object' && value !== null && HTML in value;

function renderPart(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (typeof part === 'string' || typeof part === 'number') return escapeMarkup(String(part));
  if (isHtml(part)) return part[HTML];
  if (Array.isArray(part)) return part.map(renderPart).join('');
  // Not reachable through the types; anything else is still only text.
  return escapeMarkup(Object.prototype.toString.call(part));
}

/** The tag: markup`<p>${name}</p>` escapes `name`; nested markup`…` stays markup. */
export function markup(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  parts.forEach((part, i) => {
    out += renderPart(part) + strings[i + 1];
  });
  return { [HTML]: out };
}

/** The finished document. */
export function toText(doc: Html): string {
  return doc[HTML];
}
