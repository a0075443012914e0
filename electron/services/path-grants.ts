import path from 'node:path';

/**
 * The renderer may only name files the main process handed out before: a dialog's answer or a recent file.
 * Paths are compared after `path.resolve`, so `a/../b` tricks do not widen the set.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(filePath: string): string {
    const resolved = path.resolve(filePath);
    this.granted.add(resolved);
    return resolved;
  }

  isGranted(filePath: string): boolean {
    return this.granted.has(path.resolve(filePath));
  }
}
