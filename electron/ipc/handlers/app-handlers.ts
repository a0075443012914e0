import { IpcFailure } from '../../../shared/ipc';
import { describeFsError } from '../../services/workshop-files';
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
        throw new IpcFailure('io', `Your preferences could not be saved: CoP Studio's data folder could not be written (${describeFsError(error)}).`);
      }
    },
  };
}
