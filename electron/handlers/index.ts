import { joinGroups } from '../../core/api/join';
import type { HandlerMap } from './types';
import { tenantHandlers } from './tenants';
import { tenancyHandlers } from './tenancies';
import { matchingHandlers } from './matching';
import { roomViewHandlers } from './room-views';
import { setupHandlers } from './setup';
import { sessionHandlers } from './session';
import { landlordHandlers } from './landlords';
import { propertyHandlers } from './properties';
import { roomHandlers } from './rooms';
import { walkInHandlers } from './walk-ins';
import { searchHandlers } from './search';
import { historyHandlers } from './history';
import { excelHandlers } from './excel';
import { inspectionHandlers } from './inspections';
import { clerkHandlers } from './clerks';
import { certificateHandlers } from './certificates';
import { keyHandlers } from './keys';
import { syncHandlers } from './sync';

/**
 * Every procedure of the contract, one handler each: the type fails if one is
 * missing, and a name two groups define stops the app at start.
 */
export const handlers: HandlerMap = joinGroups(
  'handler',
  setupHandlers,
  sessionHandlers,
  landlordHandlers,
  propertyHandlers,
  roomHandlers,
  roomViewHandlers,
  walkInHandlers,
  searchHandlers,
  historyHandlers,
  excelHandlers,
  inspectionHandlers,
  clerkHandlers,
  certificateHandlers,
  keyHandlers,
  syncHandlers,
  tenantHandlers,
  tenancyHandlers,
  matchingHandlers,
);
