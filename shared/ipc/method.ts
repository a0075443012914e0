import { z } from 'zod';

/**
 * Declares one IPC method, once: its request schema (validated in the main process before any handler runs) and
 * its response type. `method(Request).returns<Response>()`; the API type, the handler table's type and the
 * preload's method list all derive from these declarations (`contract.ts`).
 */
export function method<Request extends z.ZodType>(request: Request) {
  return {
    returns: <Response>(): IpcMethod<Request, Response> => ({ request, response: undefined as unknown as Response }),
  };
}

export interface IpcMethod<Request extends z.ZodType = z.ZodType, Response = unknown> {
  request: Request;
  /** Type only: never read at run time. */
  response: Response;
}

/** A method that takes no request. */
export const NoRequest = z.undefined();

/** Paths the renderer sends back are paths the main process handed out; they are still checked there. */
export const PathSchema = z.string().min(1, 'a path cannot be empty').max(4096, 'this path is too long');

/** A name the renderer suggests for a new file (the main process makes it safe). */
export const SuggestedNameSchema = z.string().max(200);
