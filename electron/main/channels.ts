/**
 * The IPC channels between the preload and the main process. Kept in a
 * module without imports so the sandboxed preload can bundle it for free.
 */
/** Renderer -> main: (procedure name, input, options) -> call result. */
export const INVOKE_CHANNEL = 'desk:invoke';
/** Renderer -> main: (print request) -> print result. The window prints itself. */
export const PRINT_CHANNEL = 'desk:print';
/** Main -> renderer: (event name, payload). */
export const EVENT_CHANNEL = 'desk:event';
