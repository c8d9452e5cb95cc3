import { describe, expect, it } from 'vitest';
import { createSseParser } from './sseParser';
import type { SseEvent } from './sseParser';

describe('createSseParser', () => {
  it('parses events split across chunks, skipping comments', () => {
    const events: SseEvent[] = [];
    const feed = createSseParser((e) => events.push(e));
    feed('event: ready\nda');
    feed('ta: {"seq":3}\n\n: ping\n\nevent: change\r\ndata: {"seq":4}\r\n');
    expect(events).toEqual([{ event: 'ready', data: '{"seq":3}' }]);
    feed('\r\n');
    expect(events).toEqual([{ event: 'ready', data: '{"seq":3}' }, { event: 'change', data: '{"seq":4}' }]);
  });

  it('joins multi-line data and defaults the event name', () => {
    const events: SseEvent[] = [];
    createSseParser((e) => events.push(e))('data: a\ndata: b\n\n');
    expect(events).toEqual([{ event: 'message', data: 'a\nb' }]);
  });
});
