/**
 * Clerks paste numbers from chat apps and type them with Chinese input methods,
 * which bring full-width digits and letters (１２Ｘ) and spaces (including the
 * ideographic space U+3000). None of the numbers we check contain spaces, so
 * they are dropped wherever they are.
 */
export function compactInput(raw: string): string {
  return raw.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\s+/g, ''); // \s includes U+3000
}
