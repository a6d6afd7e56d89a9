/** What a name names: the kinds an actor page (person, organization) or a place page shows. */
export type NameKind = "person" | "organization" | "place";
export const NAME_KINDS: readonly NameKind[] = ["person", "organization", "place"];
