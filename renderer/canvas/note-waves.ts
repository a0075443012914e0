/**
 * When a render adds thousands of notes to the notes layer at once (the fit after opening a large workshop,
 * zooming far out), React inserts each added note on its own and, for each, looks for the next sibling already
 * in the page by walking past the other notes added in the same render (`getHostSibling`): k notes added at
 * once cost k²/2 steps. A layer mounted afresh builds its notes detached and inserts them in one go. So when a
 * render adds more notes than it keeps (and at least `minimum`), the notes layer is mounted afresh.
 */

/** Whether the notes about to be rendered are mostly new: a fresh layer mounts them in linear time. */
export function isBigWave(rendered: ReadonlySet<string>, next: readonly { id: string }[], minimum: number): boolean {
  if (next.length < minimum) return false;
  let added = 0;
  for (const note of next) if (!rendered.has(note.id)) added++;
  return added >= minimum && added > next.length - added;
}

export interface LayerGeneration {
  /** Ids of the notes the layer rendered last. */
  rendered: ReadonlySet<string>;
  /** The layer's React key: bumped to mount it afresh. */
  generation: number;
}

/**
 * The layer for the next render. `keepMounted`: a note has the keyboard focus or is being edited, and mounting
 * the layer afresh would take the focus (or the editor) away from under the user.
 */
export function nextLayerGeneration(
  last: LayerGeneration,
  next: readonly { id: string }[],
  minimum: number,
  keepMounted: boolean,
): LayerGeneration {
  const fresh = !keepMounted && isBigWave(last.rendered, next, minimum);
  return { rendered: new Set(next.map((note) => note.id)), generation: fresh ? last.generation + 1 : last.generation };
}
