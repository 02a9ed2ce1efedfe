import { describe, expect, it } from 'vitest';
import { dispatch, isEnvelope, type Handlers } from '../../../utils/messages';

const handlers = {
  ping: async () => ({ ok: true, version: '1.0.0' }),
  'page/seen': async () => {
    throw new Error('disk on fire');
  },
} as unknown as Handlers;

describe('message router', () => {
  it('answers a known message with its handler', async () => {
    expect(await dispatch(handlers, { scrutineer: 1, type: 'ping', payload: {} }, {})).toEqual({
      ok: true,
      version: '1.0.0',
    });
  });

  it('turns a thrown handler error into a Failure value', async () => {
    expect(await dispatch(handlers, { scrutineer: 1, type: 'page/seen', payload: {} }, {})).toEqual({
      ok: false,
      error: 'disk on fire',
    });
  });

  it('answers an unknown type with a Failure and ignores foreign messages', async () => {
    expect(await dispatch(handlers, { scrutineer: 1, type: 'nope', payload: {} }, {})).toEqual({
      ok: false,
      error: 'Unknown message type: nope',
    });
    expect(await dispatch(handlers, { hello: 'world' }, {})).toBeUndefined();
    expect(isEnvelope(null)).toBe(false);
  });
});
