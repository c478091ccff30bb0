// Issue #16's extraction rules, on small pages written for them: content a
// server streamed in hidden, an article Readability cuts to one part (the
// prose-container fallback), galleries that are not the article, the title
// without the site's name, the publication date from the page's other dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../../js/node.mjs";
import { parseHTML } from "linkedom";
import { withoutSiteName } from "../../js/extract.mjs";
import { proseRoot } from "../../js/prose.mjs";

/** A paragraph of `n` sentences about `topic` (plain prose, no links). */
function prose(topic, n) {
  const sentences = [];
  for (let i = 1; i <= n; i++) {
    sentences.push(`The ${topic} team measured part ${i} of the route on foot and wrote down what the walkers would need to know.`);
  }
  return sentences.join(" ");
}

const page = (body, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><title>Walks</title>${head}</head><body>${body}</body></html>`;

// ---- content streamed in hidden ----

test("streamed content: a hidden <div id=S:n> goes to its <template id=B:n>, or shows in place without one", () => {
  const article = `<article><h1>River walks</h1><p>${prose("river", 5)}</p><p>${prose("harbour", 4)}</p></article>`;
  const withPlaceholder = page(`<header>Site</header><main><template id="B:0"></template></main><div hidden id="S:0">${article}</div>`);
  const withoutPlaceholder = page(`<header>Site</header><div hidden id="S:2">${article}</div>`);
  for (const html of [withPlaceholder, withoutPlaceholder]) {
    const { text } = extract(html);
    assert.ok(text.includes("The river team measured part 1"), text.slice(0, 200));
    assert.ok(text.includes("The harbour team measured part 4"));
  }
  // Other hidden content stays hidden.
  const other = page(`<article><p>${prose("forest", 5)}</p></article><div hidden id="menu"><p>${prose("secret", 4)}</p></div>`);
  assert.ok(!extract(other).text.includes("secret"));
});

// ---- the prose container when Readability picks one part ----

/**
 * A listicle: one long item, the others short, each item's text deep inside
 * its own <li> (Readability scores five ancestors up, so the list gets no
 * score and Readability keeps the long item alone).
 */
function listicle() {
  const items = ["Lake", "Moor", "Cliff", "Dune", "Ridge", "Gorge"].map((name, i) => {
    const text = i === 2 ? `<p>${prose(name.toLowerCase(), 14)}</p>` : `<p>${prose(name.toLowerCase(), 4)}</p>`;
    return (
      `<li><div class="item-head"><h2>${i + 1}. ${name} walk</h2></div><div class="item-body"><div class="media"><img src="/${i}.jpg"></div>` +
      `<div class="t1"><div class="t2"><div class="t3"><div class="t4">${text}</div></div></div></div></div></li>`
    );
  });
  return page(
    `<nav><a href="/">Home</a> <a href="/walks">Walks</a></nav><div class="main"><ol class="list">${items.join("")}</ol></div>` +
      `<footer><a href="/about">About us</a></footer>`,
  );
}

test("prose container: a listicle with its items in separate containers stays whole (Readability alone keeps it too; the fallback must not cut it)", () => {
  const { text } = extract(listicle());
  for (const name of ["lake", "moor", "cliff", "dune", "ridge", "gorge"]) {
    assert.ok(text.includes(`The ${name} team measured part 1`), `lost the ${name} item`);
  }
  assert.ok(text.includes("Lake walk") && text.includes("Gorge walk"), "the items' headings");
  assert.ok(!text.includes("About us") && !text.includes("Home"));
});

test("prose container: the element with the most prose for the least other text; galleries and teasers are not prose", () => {
  const slides = Array.from({ length: 12 }, (_, i) => `<li><div class="legend">${prose(`slide ${i}`, 3)}</div></li>`).join("");
  const teasers = Array.from({ length: 8 }, (_, i) => `<div class="card"><h3><a href="/t${i}">Teaser ${i} about another walk entirely</a></h3><p>${prose(`teaser ${i}`, 1)}</p></div>`).join("");
  const { document } = parseHTML(
    page(
      `<div class="wrapper"><div class="story"><p>${prose("valley", 6)}</p><p>${prose("summit", 6)}</p></div>` +
        `<div class="photo-gallery"><ul>${slides}</ul></div></div><div class="teasers">${teasers}</div>`,
    ),
  );
  const found = proseRoot(document.body);
  assert.equal(found.el.getAttribute("class"), "story");
  assert.equal(found.prose, document.querySelector(".story").textContent.replace(/\s+/g, " ").trim().length);
  // Without the gallery's class, its captions are prose and the wrapper wins.
  document.querySelector(".photo-gallery").setAttribute("class", "photos");
  assert.equal(proseRoot(document.body).el.getAttribute("class"), "wrapper");
});

// ---- metadata ----

/** [name, title, siteName, expected] */
const TITLES = [
  ["site at the end", "Regular walks can lift your mood - Walkers Weekly", "Walkers Weekly", "Regular walks can lift your mood"],
  ["site at the start", "Walkers Weekly | Regular walks can lift your mood", "Walkers Weekly", "Regular walks can lift your mood"],
  ["en dash, other case", "Regular walks can lift your mood – walkers weekly", "Walkers Weekly", "Regular walks can lift your mood"],
  ["the site's name alone", "Walkers Weekly", "Walkers Weekly", "Walkers Weekly"],
  ["a one-word rest stays whole", "Moors – Walkers Weekly", "Walkers Weekly", "Moors – Walkers Weekly"],
  ["no separator", "Walkers Weekly picks its walks", "Walkers Weekly", "Walkers Weekly picks its walks"],
  ["no site name", "Regular walks - Walkers Weekly", null, "Regular walks - Walkers Weekly"],
];

test("title: without the site's name around it", () => {
  for (const [name, title, site, expected] of TITLES) assert.equal(withoutSiteName(title, site), expected, name);
  const html = page(`<article><p>${prose("moor", 6)}</p></article>`, '<meta property="og:title" content="Moor walks in winter | Walkers Weekly"><meta property="og:site_name" content="Walkers Weekly">');
  assert.equal(extract(html).title, "Moor walks in winter");
});

/** [name, head, body before the article, expected publishedTime] */
const DATES = [
  ["article:published_time (Readability's own)", '<meta property="article:published_time" content="2024-05-02T08:00:00Z">', "", "2024-05-02T08:00:00Z"],
  ["citation_publication_date", '<meta name="citation_publication_date" content="2023 Jan 7">', "", "2023 Jan 7"],
  ["itemprop=datePublished", "", '<meta itemprop="datePublished" content="2024-03-11T10:34:00-0700">', "2024-03-11T10:34:00-0700"],
  ["a <time> marked as published", "", '<p class="meta">By Ann <time class="published-date" datetime="2026-03-11T09:35">11 March</time></p>', "2026-03-11T09:35"],
  ["an unmarked <time> is not the date", "", '<p>Open <time datetime="2025-01-01">on New Year</time></p>', null],
  ["a date in the prose is not guessed", "", "<p>Published on 3 March 2021.</p>", null],
];

test("published time: the page's other machine-readable dates when Readability finds none", () => {
  for (const [name, head, before, expected] of DATES) {
    const html = page(`<article>${before}<p>${prose("heath", 6)}</p><p>${prose("fen", 5)}</p></article>`, head);
    assert.equal(extract(html).publishedTime, expected, name);
  }
});
