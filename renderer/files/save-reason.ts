/** "Could not save "a.copstudio": the disk is full." → "the disk is full", for the short save status. */
export function saveFailureReason(message: string): string {
  const match = /^Could not save "[^"]*": (.*?)\.?$/s.exec(message);
  return match ? match[1]! : message;
}
