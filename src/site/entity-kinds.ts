// The kinds of entity the site has pages for, once: the folder their pages live in (also their
// navigation section), the Archive field listing them, their labels, whether each entity has
// feeds, and how their search facet combines chosen values. The
// catalog, the templates and the navigation read this table; the search page hands it to its
// script in data-entity-kinds (see searchKindsAttribute), so the script keeps no copy.

export const ENTITY_KINDS = [
  { kind: "actor", folder: "actors", field: "actors", label: "Actor", plural: "Actors", feeds: true, facet: { match: "all", open: false } },
  { kind: "place", folder: "places", field: "places", label: "Place", plural: "Places", feeds: true, facet: { match: "all", open: false } },
  { kind: "outlet", folder: "outlets", field: "outlets", label: "Outlet", plural: "Outlets", feeds: false, facet: { match: "any", open: true } },
] as const;

export type EntityKindInfo = (typeof ENTITY_KINDS)[number];
export type EntityKind = EntityKindInfo["kind"];
/** A kind's folder, which is also its section of the navigation. */
export type EntityFolder = EntityKindInfo["folder"];
/** The Archive field listing a kind's entities ("actors"). */
export type EntityField = EntityKindInfo["field"];

/** The kinds in display order. */
export const ENTITY_KIND_NAMES: readonly EntityKind[] = ENTITY_KINDS.map((info) => info.kind);

export function kindInfo(kind: EntityKind): EntityKindInfo {
  return ENTITY_KINDS.find((info) => info.kind === kind)!;
}

/** Site path of a kind's A–Z index, or of one entity's page: "/actors/", "/actors/masoud-barzani/". */
export function kindPath(kind: EntityKind, slug?: string): string {
  return `/${kindInfo(kind).folder}/${slug === undefined ? "" : `${slug}/`}`;
}

/** What the search page's script needs of the table (its facet order, labels and matching), as JSON. */
export function searchKindsAttribute(): string {
  return JSON.stringify(ENTITY_KINDS.map(({ kind, label, facet }) => ({ kind, label, match: facet.match, open: facet.open })));
}
