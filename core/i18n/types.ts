/** A message in both UI languages. `{name}` placeholders are filled by `translate`. */
export interface Message {
  zh: string;
  en: string;
}
export type MessageTable = Record<string, Message>;
export type Lang = 'zh' | 'en';
