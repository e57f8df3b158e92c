// Stable ids for notes, so a re-render or a late paragraph re-anchors a note instead of adding a
// second one: the id names the claim and which occurrence of that exact sentence it sits on.
import type { Note } from '../engine/types';
import type { KeyedNote } from '../messages';

/** Gives each note an id unique within `notes`; repeated sentences (pull quotes) get #0, #1, … */
export function keyNotes(notes: readonly Note[]): KeyedNote[] {
  const seen = new Map<string, number>();
  return notes.map((note) => {
    const base = `${note.claim}:${hashText(note.sentence)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...note, id: `${base}#${occurrence}` };
  });
}

/** A short FNV-1a hash of a sentence, for ids that stay readable. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
