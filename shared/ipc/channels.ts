/**
 * IPC channel names, zod-free: the sandboxed preload imports this file only (its list of methods is
 * `IPC_METHOD_NAMES`, computed from the contract at build time: see `electron.vite.config.ts`).
 */

/** The IPC channel of a method. */
export const channelOf = (method: string): string => `cop-studio:${method}`;

/** Channel on which the main process sends menu commands to the renderer. */
export const MENU_COMMAND_CHANNEL = 'cop-studio:menu-command';
