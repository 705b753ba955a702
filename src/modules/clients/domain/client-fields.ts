// Bounds on what a coach writes about a client, shared by the forms, the procedures' inputs and
// the CSV import, so a value the form accepts is never refused by the import, or the other way.
export const CLIENT_NAME_MAX_LENGTH = 200;
export const NOTE_MAX_LENGTH = 5_000;
