// The service worker (sw.js): the page works offline after the first visit.
// `onUpdate()` runs when a newer build's worker takes over an open page.

export function registerOffline({ onUpdate, onReady = () => {} }) {
  if (!("serviceWorker" in navigator)) return;
  // Controlled already: this is a later visit, so a change of controller is a new build.
  const updating = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updating) onUpdate();
  });
  navigator.serviceWorker.register("sw.js").then(
    () => navigator.serviceWorker.ready.then(onReady),
    () => {}, // no offline use (e.g. a private window): the page works the same online
  );
}
