/** The columns a contacts file can have (no dependencies, so pages can import it cheaply). */
export const IMPORT_FIELDS = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Columns a file must have (the note and consent columns are optional). */
export const REQUIRED_COLUMNS = ['name', 'phone', 'language', 'neighbourhood'] as const satisfies readonly ImportField[];
