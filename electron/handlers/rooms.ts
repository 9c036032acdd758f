import { boardPage } from '../../db/board';
import type { HandlerMap } from './types';

export const roomHandlers: HandlerMap<'rooms.board'> = {
  'rooms.board': (ctx, input) => boardPage(ctx.register, input.filters ?? {}, input.offset, input.limit),
};
