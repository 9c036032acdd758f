import type { FocusEvent } from 'react';

/** Focusing a number or text selects it, so typing replaces the preset value (floor 1 → 2). */
export const selectOnFocus = (e: FocusEvent<HTMLInputElement>) => e.target.select();

/**
 * Whether Enter on this element belongs to the element itself: buttons,
 * open drop-downs and pickers, and text being composed by an input method
 * (Chinese is typed through one; its Enter confirms the characters).
 */
export function enterIsTheElements(e: KeyboardEvent | { target: EventTarget | null; isComposing?: boolean }): boolean {
  if (e.isComposing) return true;
  const el = e.target as HTMLElement | null;
  if (!el) return true;
  if (el.tagName === 'BUTTON' || el.tagName === 'TEXTAREA' || el.tagName === 'A') return true;
  if (el.getAttribute('aria-expanded') === 'true') return true;
  return el.closest('.ant-select, .ant-cascader, .ant-picker') !== null;
}
