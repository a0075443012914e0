import { IpcFailure } from '../../../shared/ipc';
import { fsReason } from '../../services/user-file';
import type { DomainHandlers, MainServices } from '../handler-table';

/** App information and preferences. */
export function appHandlers(services: MainServices): DomainHandlers<'app'> {
  const { appInfo, settings } = services;
  return {
    getAppInfo: async () => appInfo,
    getPreferences: async () => settings.getPreferences(),
    setPreferences: async (patch) => {
      try {
        return settings.setPreferences(patch);
      } catch (error) {
        throw IpcFailure.of({ code: 'io', sentence: 'preferences', ...fsReason(error) });
      }
    },
  };
}
