import { newId } from '../../../shared/domain/ids';
import { IpcFailure } from '../../../shared/ipc';
import { readWorkshopFile } from '../../services/workshop-files';
import type { Language } from '../../../shared/i18n';
import type { HandlerTable, MainServices } from '../handler-table';

/** The example in a language: the English file, or the one beside it for another language (`example-workshop.fr.copstudio`). */
export const exampleFileOf = (englishPath: string, language: Language): string =>
  language === 'en' ? englishPath : englishPath.replace(/\.copstudio$/, `.${language}.copstudio`);

/**
 * The example workshop shipped in `resources/`: read (and validated like any workshop file) by the main process,
 * handed to the renderer as a new, unsaved copy with a fresh id. Its path is never granted to the renderer, so
 * no save can ever reach the shipped file.
 */
export function exampleHandlers(services: MainServices): Pick<HandlerTable, 'openExampleWorkshop'> {
  return {
    openExampleWorkshop: async ({ language }) => {
      try {
        const { workshop } = await readWorkshopFile(exampleFileOf(services.exampleWorkshopPath, language));
        return { workshop: { ...workshop, id: newId() } };
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new IpcFailure(error instanceof IpcFailure ? error.code : 'io', `The example workshop could not be opened. ${why}`);
      }
    },
  };
}
