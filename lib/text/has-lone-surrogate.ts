// Half of a UTF-16 surrogate pair on its own: JSON may carry one ("\ud800"), but it is no
// character, and PostgreSQL refuses it in jsonb. Text with one is refused, not stored.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasLoneSurrogate(value: string): boolean {
  return LONE.test(value);
}
