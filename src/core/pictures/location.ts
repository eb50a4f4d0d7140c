// Where a picture's item was written, as a zod schema: the one check of every place the page may ask to
// open. Small and on its own, so the extension checks the page's messages without the pictures' data.
import * as z from 'zod/mini';

/**
 * A file inside the notes folder, relative to it and `/`-separated: never absolute, never `..`, so a
 * message can only ever point inside the notes folder.
 */
export const notesFileSchema = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(1000),
    z.refine((file) => !file.startsWith('/') && !file.includes('\\') && !/^[A-Za-z]:/.test(file)
      && file.split('/').every((part) => part !== '' && part !== '.' && part !== '..'), { error: 'a notes file is a path inside the notes folder' }),
  );

/** Where an item was written: its file (relative to the notes folder) and line (1-based, as an editor shows it). */
export const locationSchema = z.strictObject({
  file: notesFileSchema,
  line: z.int().check(z.gte(1)),
});
export type PictureLocation = z.infer<typeof locationSchema>;
