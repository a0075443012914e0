import { promises as fs } from 'node:fs';

/**
 * The part of `fs.promises` the storage code uses: a port, so tests can inject disk faults
 * (permission denied, read-only folder, disk full) without a real broken disk.
 */
export interface FsPort {
  open(path: string, flags: string | number, mode?: number): Promise<fs.FileHandle>;
  stat(path: string): Promise<FileStat>;
  /** The path with every symbolic link resolved (a save writes the link's target and keeps the link). */
  realpath(path: string): Promise<string>;
  /** Rejects when the file cannot be written by this process (a read-only file). */
  access(path: string, mode: number): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
  /** Permission bits and file type (`stat.mode`). */
  mode: number;
  /** Number of hard links to the file. */
  nlink: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The real disk. */
export const nodeFs: FsPort = {
  open: (p, flags, mode) => fs.open(p, flags, mode),
  stat: (p) => fs.stat(p),
  realpath: (p) => fs.realpath(p),
  access: (p, mode) => fs.access(p, mode),
  readFile: (p) => fs.readFile(p),
  rename: (from, to) => fs.rename(from, to),
  rm: (p, options) => fs.rm(p, options),
  mkdir: (p, options) => fs.mkdir(p, options),
  readdir: (p) => fs.readdir(p),
};

/** An `Error` shaped like Node's, with a `code` (EACCES, EROFS, ENOSPC…). For fault injection. */
export function fsError(code: string, syscall: string, filePath: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure, ${syscall} '${filePath}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = filePath;
  return error;
}
