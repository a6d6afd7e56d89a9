// JSON-LD for articles and entity pages, typed with schema-dts so the vocabulary is checked.
import type { NewsArticle, Organization, Person, Place, Thing, WithContext } from "schema-dts";
import type { ArticleView, EntityRef, EntityView } from "./archive-types.ts";
import { absoluteUrl, type SiteConfig } from "./site-config.ts";

function entityThing(config: SiteConfig, entity: EntityRef, type?: string): Person | Organization | Place {
  const url = absoluteUrl(config, entity.path);
  if (entity.kind === "place") return { "@type": "Place", name: entity.name, url };
  if (entity.kind === "outlet" || type === "organization") return { "@type": "Organization", name: entity.name, url };
  return { "@type": "Person", name: entity.name, url };
}

export function newsArticleJsonLd(config: SiteConfig, article: ArticleView, actorTypes: ReadonlyMap<string, string>): WithContext<NewsArticle> {
  const url = absoluteUrl(config, article.path);
  const data: WithContext<NewsArticle> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    ...(article.date ? { datePublished: article.date } : {}),
    url,
    mainEntityOfPage: url,
    description: article.standfirst,
    ...(article.outlet.unidentified ? {} : { publisher: { "@type": "Organization", name: article.outlet.name, url: absoluteUrl(config, article.outlet.path) } }),
    about: article.actors.map((actor) => entityThing(config, actor, actorTypes.get(actor.name)) as Thing),
    mentions: article.places.map((place) => entityThing(config, place) as Thing),
    contentLocation: article.places.map((place) => entityThing(config, place) as Place),
  };
  if (article.author) data.author = { "@type": "Person", name: article.author };
  if (article.originalOutlet) {
    data.isBasedOn = {
      "@type": "NewsArticle",
      headline: article.title,
      publisher: { "@type": "Organization", name: article.originalOutlet.name },
      ...(article.originalUrl ? { url: article.originalUrl } : {}),
    };
  } else if (article.originalUrl) {
    data.isBasedOn = article.originalUrl;
  }
  return data;
}

export function entityJsonLd(config: SiteConfig, entity: EntityView): WithContext<Person | Organization | Place> {
  const base = entityThing(config, entity, entity.type) as Exclude<Person | Organization | Place, string>;
  const data = { "@context": "https://schema.org", ...base } as WithContext<Exclude<Person | Organization | Place, string>>;
  if (entity.aliases.length > 0) data.alternateName = entity.aliases;
  if (entity.description) data.description = entity.description;
  if (entity.kind === "place" && entity.coordinates) {
    (data as Exclude<Place, string>).geo = { "@type": "GeoCoordinates", latitude: entity.coordinates[0], longitude: entity.coordinates[1] };
  }
  if (entity.homepage) data.sameAs = entity.homepage;
  return data as WithContext<Person | Organization | Place>;
}
