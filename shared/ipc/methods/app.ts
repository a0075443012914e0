import { PreferencesPatchSchema, type Preferences } from '../../preferences';
import { method, NoRequest } from '../method';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps preferences, recovery journals and backups. */
  dataDir: string;
  /** The default folder for workshop files. */
  documentsDir: string;
}

/** The app and its preferences. */
export const APP_METHODS = {
  getAppInfo: method(NoRequest).returns<AppInfo>(),
  getPreferences: method(NoRequest).returns<Preferences>(),
  setPreferences: method(PreferencesPatchSchema).returns<Preferences>(),
} as const;
