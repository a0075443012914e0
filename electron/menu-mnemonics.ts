/**
 * Menu labels with an access key each (`&` before a letter, Electron's mnemonic), for a list of names written
 * without one (e.g. the views' names, shared with the navigation bar): the first letter of each name not already taken
 * by a name before it in the list. A literal `&` in a name is doubled, as Electron wants it.
 */
export function withMnemonics(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const escaped = name.replace(/&/g, '&&');
    for (let i = 0; i < escaped.length; i++) {
      const ch = escaped[i]!;
      if (ch === '&') {
        i++;
        continue;
      }
      const key = ch.toLocaleLowerCase();
      if (/\p{L}/u.test(ch) && !taken.has(key)) {
        taken.add(key);
        return `${escaped.slice(0, i)}&${escaped.slice(i)}`;
      }
    }
    return escaped;
  });
}
