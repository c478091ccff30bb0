// The bookmarklet's link: `bookmarkletHref(base)` is the `javascript:` URL
// of <a id="nutgraf-bookmarklet">, for the nutgraf page served at `base` (its
// folder's URL: `https://example.org/nutgraf/` on a host that serves it under
// a subpath). What it runs on the article page (`loader`) is small on purpose:
//   1. load `BASE/bookmarklet.js` (the bundle: extraction, the wasm inside it,
//      the overlay) from where the nutgraf page is served;
//   2. if the page forbids that (a strict Content-Security-Policy blocks the
//      script, or the bundle cannot compile the wasm), open the nutgraf page in
//      a new tab (BASE) and hand it the page: the tab says it is ready
//      (postMessage), the loader checks that the message comes from that tab
//      at BASE's origin, sends the page's HTML and text to that origin only,
//      and the tab acknowledges;
//   3. if even the tab is blocked (a popup blocker), show a notice with a
//      button that tries again. Never silent.
// Running the bookmarklet again while the overlay is open closes it.

/** The hash the loader opens the nutgraf page with when it falls back to a new tab (receive.js listens then). */
export const FROM_BOOKMARKLET = "#from-bookmarklet";
/** Seconds the loader waits for the bundle before it falls back to the new tab. */
const LOAD_TIMEOUT_MS = 10000;
/** Seconds the loader keeps listening for the tab's handshake. */
const HANDSHAKE_TIMEOUT_MS = 60000;

/**
 * The code the bookmarklet runs on the article page. Self-contained (it is
 * turned into a string), plain ES2017, no identifiers left behind but
 * `window.__nutgraf` while it works.
 */
function loader(base, origin, loadTimeout, handshakeTimeout, hash) {
  var w = window;
  var d = document;
  if (w.__nutgraf) {
    // Run again: closes the panel, or says that it is still at work.
    if (w.__nutgraf.close) w.__nutgraf.close();
    else if (w.__nutgraf.notice) w.__nutgraf.notice("still working on this page; if nothing shows, reload the page and try again.");
    return;
  }
  var state = (w.__nutgraf = { base: base, fallback: fallback, notice: notice, cleanup: [] });
  var NOTICE_ID = "nutgraf-notice";

  function forget() {
    state.cleanup.forEach(function (f) {
      f();
    });
    if (w.__nutgraf === state) delete w.__nutgraf;
  }

  function notice(message, retry) {
    var old = d.getElementById(NOTICE_ID);
    if (old) old.remove();
    var host = d.createElement("div");
    host.id = NOTICE_ID;
    host.setAttribute("role", "alert");
    host.setAttribute(
      "style",
      "all:initial;position:fixed;z-index:2147483647;top:16px;right:16px;max-width:360px;padding:12px 14px;" +
        "background:#fff;color:#111;font:14px/1.4 system-ui,sans-serif;border:2px solid #b42318;border-radius:8px;" +
        "box-shadow:0 4px 18px rgba(0,0,0,.25)",
    );
    var text = d.createElement("div");
    text.textContent = "nutgraf: " + message;
    host.appendChild(text);
    function button(label, onClick) {
      var b = d.createElement("button");
      b.textContent = label;
      b.setAttribute("style", "all:revert;margin:8px 8px 0 0;font:inherit;cursor:pointer");
      b.addEventListener("click", onClick);
      host.appendChild(b);
    }
    if (retry) {
      button("Open nutgraf", function () {
        host.remove();
        retry();
      });
    }
    button("Close", function () {
      host.remove();
      forget();
    });
    d.documentElement.appendChild(host);
    state.cleanup.push(function () {
      host.remove();
    });
  }

  // The fallback: the nutgraf page in a new tab, handed this page by postMessage.
  function fallback(reason) {
    if (state.fellBack) return;
    state.fellBack = true;
    var tab = w.open(base + hash, "_blank");
    if (!tab) {
      state.fellBack = false;
      notice(
        "this page does not let the summary run here (" + reason + "), and the browser blocked the new tab.",
        function () {
          fallback(reason);
        },
      );
      return;
    }
    var timer = setTimeout(function () {
      w.removeEventListener("message", onMessage);
      notice("the nutgraf tab did not answer; is " + base + " running?");
    }, handshakeTimeout);
    function onMessage(event) {
      if (event.source !== tab || event.origin !== origin || !event.data) return;
      if (event.data.type === "nutgraf:ready") {
        var body = d.body;
        tab.postMessage(
          {
            type: "nutgraf:article",
            url: location.href,
            title: d.title,
            html: d.documentElement.outerHTML,
            text: body ? body.innerText : "",
          },
          origin,
        );
      } else if (event.data.type === "nutgraf:received") {
        clearTimeout(timer);
        w.removeEventListener("message", onMessage);
        forget();
      }
    }
    w.addEventListener("message", onMessage);
    state.cleanup.push(function () {
      clearTimeout(timer);
      w.removeEventListener("message", onMessage);
    });
  }

  // The normal way: the bundle from where the nutgraf page is.
  var script = d.createElement("script");
  var settled = false;
  function failed(reason) {
    if (settled) return;
    settled = true;
    script.remove();
    fallback(reason);
  }
  var loadTimer = setTimeout(function () {
    failed("the nutgraf script did not load");
  }, loadTimeout);
  script.src = base + "bookmarklet.js";
  script.async = true;
  script.onload = function () {
    clearTimeout(loadTimer);
    settled = true;
    script.remove();
  };
  script.onerror = function () {
    clearTimeout(loadTimer);
    failed("the page blocks scripts from " + origin);
  };
  (d.head || d.documentElement).appendChild(script);
}

/**
 * The folder of the nutgraf page at `pageUrl`, checked: scheme://host:port/path/ (the
 * page's own file name, query and hash dropped), where bookmarklet.js is.
 */
export function pageBase(pageUrl) {
  const url = new URL(String(pageUrl));
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`the nutgraf page must be served over http(s), not ${url.protocol}`);
  }
  return new URL(".", `${url.origin}${url.pathname}`).href;
}

/** The JavaScript the bookmarklet runs, for the nutgraf page at `pageUrl` (or its folder). */
export function bookmarkletCode(pageUrl) {
  const base = pageBase(pageUrl);
  const args = [JSON.stringify(base), JSON.stringify(new URL(base).origin), LOAD_TIMEOUT_MS, HANDSHAKE_TIMEOUT_MS, JSON.stringify(FROM_BOOKMARKLET)].join(",");
  return `(${loader.toString()})(${args});void 0`;
}

/** The `href` of the bookmarklet link: `javascript:` and the percent-encoded code. */
export function bookmarkletHref(pageUrl) {
  return `javascript:${encodeURIComponent(bookmarkletCode(pageUrl))}`;
}
