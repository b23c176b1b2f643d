// The service worker: the form works offline after one visit. On install it keeps every file of
// this build (the page, the engine, the styles) in a cache named after the build; on activate it
// removes the caches of other builds. Requests go to the network first, so a new build is never
// served stale while online; only when the network fails does the cached build answer.
// scripts/build-www.mjs fills in BUILD (a hash of all files) and BESTANDEN (the list of files).

const BUILD = '__KW_BUILD__';
const BESTANDEN = ['./'];
const CACHE = `kansrijke-wijk-${BUILD}`;

self.addEventListener('install', (e) => {
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(BESTANDEN.map((b) => new Request(b, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches
      .keys()
      .then((namen) => Promise.all(namen.filter((n) => n.startsWith('kansrijke-wijk-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (e) => {
  const verzoek = e.request;
  if (verzoek.method !== 'GET' || new URL(verzoek.url).origin !== self.location.origin) return;
  e.respondWith(
    fetch(verzoek).catch(async () => {
      const cache = await caches.open(CACHE);
      const antwoord = (await cache.match(verzoek, { ignoreSearch: true })) ?? (verzoek.mode === 'navigate' ? await cache.match('./') : undefined);
      return antwoord ?? Response.error();
    }),
  );
});

// The page (or a test) may ask which build this worker keeps.
self.addEventListener('message', (e) => {
  if (e.data === 'build') e.source?.postMessage({ build: BUILD });
});
