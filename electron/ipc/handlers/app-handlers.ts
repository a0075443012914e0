import type { HandlerTable, MainServices } from '../handler-table';

/** App information and preferences. */
export function appHandlers(services: MainServices): Pick<HandlerTable, 'getAppInfo' | 'getPreferences' | 'setPreferences'> {
  const { appInfo, settings } = services;
  return {
    getAppInfo: async () => appInfo,
    getPreferences: async () => settings.getPreferences(),
    setPreferences: async (patch) => settings.setPreferences(patch),
  };
}
