import { IpcFailure } from '../../shared/ipc';
import type { DialogPort } from '../../electron/services/dialogs';

/** The harness's native dialogs: each open/save dialog takes the next queued answer (a path, or null = Cancel). */
export class DialogQueue implements DialogPort {
  private readonly answers: (string | null)[] = [];
  /** Titles of the dialogs shown so far, for assertions. */
  readonly shown: string[] = [];

  /** How many answers are queued. */
  get queued(): number {
    return this.answers.length;
  }

  answerNext(result: string | null): void {
    this.answers.push(result);
  }

  private take(title: string): Promise<string | null> {
    this.shown.push(title);
    if (this.answers.length === 0) {
      return Promise.reject(
        new IpcFailure('internal', `Test harness: the dialog "${title}" opened but no answer was queued (call answerNextDialog first).`),
      );
    }
    return Promise.resolve(this.answers.shift() ?? null);
  }

  showOpenDialog(options: { title: string }): Promise<string | null> {
    return this.take(options.title);
  }

  showSaveDialog(options: { title: string }): Promise<string | null> {
    return this.take(options.title);
  }
}
