import type { HandlerMap } from './types';
import { setupHandlers } from './setup';
import { sessionHandlers } from './session';
import { landlordHandlers } from './landlords';
import { propertyHandlers } from './properties';
import { roomHandlers } from './rooms';

/** Every procedure of the contract, one handler each; the type fails if one is missing. */
export const handlers: HandlerMap = {
  ...setupHandlers,
  ...sessionHandlers,
  ...landlordHandlers,
  ...propertyHandlers,
  ...roomHandlers,
};
