import { IpcFailure } from '../../../shared/ipc';
import type { DomainHandlers, MainServices } from '../handler-table';

/**
 * Files from the system and the in-app file chooser (issue 12). A file the system asked to open is granted when
 * the renderer takes it; without an in-app chooser (Electron has native dialogs) the chooser methods refuse.
 */
export function hostHandlers(services: MainServices): DomainHandlers<'host'> {
  const { grants, filesToOpen, fileChooser } = services;
  const noChooser = () => IpcFailure.of({ code: 'not-allowed', sentence: 'systemDialogs' });
  return {
    takeFileToOpen: async () => {
      const next = filesToOpen.take();
      return next === null ? null : grants.grant(next);
    },
    currentFileChooser: async () => fileChooser?.current() ?? null,
    listChooserFolder: async ({ path }) => {
      if (!fileChooser) throw noChooser();
      return fileChooser.list(path);
    },
    answerFileChooser: async ({ id, path }) => {
      if (!fileChooser) throw noChooser();
      await fileChooser.answer(id, path);
      return null;
    },
  };
}
