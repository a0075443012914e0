import path from 'node:path';
import { newId } from '../../../shared/domain/ids';
import { IpcFailure } from '../../../shared/ipc';
import { readWorkshopFile } from '../../services/workshop-files';
import type { Language } from '../../../shared/i18n';
import type { Handler, MainServices } from '../handler-table';

/** The example in a language: the English file, or the one beside it for another language (`example-workshop.fr.copstudio`). */
export const exampleFileOf = (englishPath: string, language: Language): string =>
  language === 'en' ? englishPath : englishPath.replace(/\.copstudio$/, `.${language}.copstudio`);

/**
 * The example workshop shipped in `resources/`: read (and validated like any workshop file) by the main process,
 * handed to the renderer as a new, unsaved copy with a fresh id. Its path is never granted to the renderer, so
 * no save can ever reach the shipped file.
 */
export function exampleWorkshopHandler(services: MainServices): Handler<'openExampleWorkshop'> {
  return async ({ language }) => {
    try {
      const { workshop } = await readWorkshopFile(exampleFileOf(services.exampleWorkshopPath, language));
      return { workshop: { ...workshop, id: newId() } };
    } catch (error) {
      if (error instanceof IpcFailure && error.error.sentence === 'open') throw IpcFailure.of({ ...error.error, sentence: 'exampleOpen' });
      const detail = error instanceof Error ? error.message : String(error);
      const fileName = path.basename(exampleFileOf(services.exampleWorkshopPath, language));
      throw IpcFailure.of({
        code: error instanceof IpcFailure ? error.code : 'io',
        sentence: 'exampleOpen',
        fileName,
        reason: 'detail',
        values: { detail },
      });
    }
  };
}
