// Favourites (お気に入り): what a member keeps to come back to. One list of kinds, read by
// the table's check, the API and the pages.
export const FAVOURITE_KINDS = ['job', 'service', 'member'] as const;
export type FavouriteKind = (typeof FAVOURITE_KINDS)[number];
