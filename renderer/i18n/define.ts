/**
 * One domain's UI texts in both languages. The type makes the English object
 * carry exactly the keys of the Chinese one, so a text is never missing.
 */
export interface DomainTexts<T> {
  zh: T;
  en: T;
}
export const defineTexts = <T>(t: DomainTexts<T>): DomainTexts<T> => t;
