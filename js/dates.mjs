// The publication date when Readability finds none (it reads JSON-LD and a
// few <meta> properties): the page's other machine-readable dates, most
// explicit first. A date in the page's prose is never guessed.

/** <meta> names and properties that carry the publication date (lower-case). */
const META_NAMES = new Set([
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "published_time",
  "datepublished",
  "citation_publication_date",
  "citation_date",
  "dc.date",
  "dc.date.issued",
  "dc.date.created",
  "dcterms.date",
  "dcterms.issued",
  "dcterms.created",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "parsely-pub-date",
  "sailthru.date",
  "article.published",
  "article_date_original",
  "originalpublicationdate",
]);
/** Class / id words of a <time> element that dates the article (not "updated", not a clock). */
const PUBLISHED_CLASS = /publish|posted|post-?date|entry-?date|article-?date|pubdate|byline|dateline/i;
/** A value that holds a date: a year with a month (ISO, or a month name). */
const LOOKS_LIKE_DATE = /\b(?:1[89]|20)\d\d\b/;

/** The publication date of `doc` as the page writes it, or null. */
export function findPublishedTime(doc) {
  return fromMeta(doc) ?? fromBody(doc);
}

function usable(value) {
  const v = typeof value === "string" ? value.trim() : "";
  return v && LOOKS_LIKE_DATE.test(v) && !Number.isNaN(Date.parse(v.replace(/ (\d{2}:\d{2})/, "T$1"))) ? v : null;
}

function fromMeta(doc) {
  for (const meta of (doc.head ?? doc.documentElement).querySelectorAll("meta[content]")) {
    const key = (meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop") ?? "").toLowerCase();
    if (META_NAMES.has(key)) {
      const v = usable(meta.getAttribute("content"));
      if (v) return v;
    }
  }
  return null;
}

/** An element with itemprop="datePublished", else a <time datetime> that says it is the publication date. */
function fromBody(doc) {
  let marked = null;
  for (const el of (doc.body ?? doc.documentElement).querySelectorAll('[itemprop="datePublished"], time[datetime]')) {
    if (el.getAttribute("itemprop") === "datePublished") {
      const v = usable(el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent);
      if (v) return v;
    } else if (!marked && isPublishedTime(el)) marked = usable(el.getAttribute("datetime"));
  }
  return marked;
}

/** A <time> marked as the publication date: pubdate, or its class or its parent's says so. */
function isPublishedTime(el) {
  return el.hasAttribute("pubdate") || PUBLISHED_CLASS.test(`${el.getAttribute("class") ?? ""} ${el.parentElement?.getAttribute("class") ?? ""}`);
}
