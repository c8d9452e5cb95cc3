// What a user has read travels between their devices through sync: a briefing version they published
// or acknowledged on one device is not "Unread" on the others, while other users' devices still are.
import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acknowledgeBriefing } from '../../renderer/data/briefingAcks/commands';
import { publishBriefing, saveBriefingDraft } from '../../renderer/data/briefings/commands';
import { briefingReadState } from '../../renderer/data/briefings/queries';
import { createEvent } from '../../renderer/data/events/commands';
import { briefingContent, eventInput } from '../../renderer/data/testing/builders';
import { expectOk } from '../../renderer/data/testing/testDb';
import { SyncServer, SyncTestClient } from '../support/syncClient';
import { lazyCluster } from '../support/syncServer';

const cluster = lazyCluster();
afterAll(() => cluster.stop());

describe('read state across a user\'s devices', () => {
  let server: SyncServer;
  const clients: SyncTestClient[] = [];
  beforeAll(async () => {
    server = await SyncServer.create('pglite', cluster.get, [
      { id: 'author', role: 'briefing_author', name: 'Elena Vasquez' },
      { id: 'liaison', role: 'liaison', name: 'Sam Ortiz' },
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });

  const device = async (userId: string, name: string) => {
    const client = await SyncTestClient.create(server, userId, name);
    clients.push(client);
    return client;
  };

  const lastRead = async (client: SyncTestClient, eventId: string) => (await briefingReadState(client.db, eventId)).lastReadVersion;

  it('counts a version as read on every device of the user who published or acknowledged it', async () => {
    const [desk, laptop, liaison, liaisonPhone] = await Promise.all([
      device('author', 'desk'), device('author', 'laptop'), device('liaison', 'liaison'), device('liaison', 'liaison-phone'),
    ]);
    const event = expectOk(await createEvent(desk.db, eventInput()));
    const v1 = expectOk(await publishBriefing(desk.db, expectOk(await saveBriefingDraft(desk.db, event.id, briefingContent())).id));
    await desk.sync();
    for (const client of [laptop, liaison, liaisonPhone]) await client.sync();

    expect(await lastRead(desk, event.id)).toBe(1);
    expect(await lastRead(laptop, event.id)).toBe(1);
    expect(await briefingReadState(liaison.db, event.id)).toMatchObject({ lastReadVersion: null, unread: true });

    expectOk(await acknowledgeBriefing(liaison.db, v1.id));
    await liaison.sync();
    await liaisonPhone.sync();
    expect(await lastRead(liaisonPhone, event.id)).toBe(1);
  });
});
