// The one place IPC channels are registered. Every call is checked before its handler runs: the sender
// must be the top frame of an app:// page, and the payload must parse with the contract's schema. A
// handler's outcome (or any exception) always comes back as a Result; nothing throws across IPC.
import { z } from 'zod';
import { ipcContract } from '../../shared/ipc/contract';
import type { IpcChannel, IpcParsedRequest, IpcResponse } from '../../shared/ipc/contract';
import { fail, ok } from '../../shared/result';
import type { Result } from '../../shared/result';
import { isAppUrl } from './appOrigin';

/** The part of a sending frame the check needs (Electron's WebFrameMain has both). */
export type SenderFrame = { readonly url: string; readonly parent: unknown };
export type InvokeEvent = { readonly senderFrame: SenderFrame | null };
export type IpcMainLike<E extends InvokeEvent> = {
  handle(channel: string, listener: (event: E, payload: unknown) => Promise<unknown>): void;
};

export type Handler<C extends IpcChannel, E> = (
  request: IpcParsedRequest<C>,
  event: E,
) => Promise<Result<IpcResponse<C>>> | Result<IpcResponse<C>>;

export type Handle<E> = <C extends IpcChannel>(channel: C, handler: Handler<C, E>) => void;

/** Only the app's own top-level document may call the desktop. */
export const isTrustedSender = (frame: SenderFrame | null): boolean =>
  frame !== null && frame.parent === null && isAppUrl(frame.url);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const createIpcRouter = <E extends InvokeEvent>(
  ipcMain: IpcMainLike<E>,
  log: (message: string) => void = (message) => console.warn(message),
): Handle<E> => {
  return (channel, handler) => {
    const { request, response } = ipcContract[channel];
    ipcMain.handle(channel, async (event, payload): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        log(`IPC ${channel} refused: sender ${event.senderFrame?.url ?? '(gone)'} is not the app window`);
        return fail(`${channel}: refused, the request did not come from the app window`);
      }
      const parsed = request.safeParse(payload);
      if (!parsed.success) return fail(`${channel}: invalid request: ${z.prettifyError(parsed.error)}`);
      try {
        const result = await handler(parsed.data as IpcParsedRequest<typeof channel>, event);
        if (!result.ok) return result;
        const checked = response.safeParse(result.value);
        if (!checked.success) {
          log(`IPC ${channel} produced an invalid response: ${z.prettifyError(checked.error)}`);
          return fail(`${channel}: internal error (invalid response)`);
        }
        return ok(checked.data);
      } catch (error) {
        log(`IPC ${channel} failed: ${messageOf(error)}`);
        return fail(`${channel} failed: ${messageOf(error)}`);
      }
    });
  };
};
