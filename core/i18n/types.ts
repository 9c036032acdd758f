export type Lang = 'zh' | 'en';

/**
 * A text in both UI languages: every entry of the catalogue, and texts that
 * travel as data (a rule set's title and checks, written by whoever made it).
 */
export interface Text {
  zh: string;
  en: string;
}
/** A catalogue entry: the same shape, named for where it is meant. */
export type Message = Text;
export type MessageTable = Record<string, Text>;

/**
 * What may fill a `{name}` placeholder: a plain value, a text in both
 * languages, another message (a fire status inside a refusal), or a list of
 * them (joined with the language's list separator).
 */
export type MessageParam = string | number | Text | MessageRef | readonly MessageParam[];

/** A message key from the catalogue plus the values for its placeholders: what rules and handlers return. */
export interface MessageRef {
  key: string;
  params?: Record<string, MessageParam>;
}
