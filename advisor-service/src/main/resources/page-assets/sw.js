// Balans's service worker: the page after one visit, without data. What the page keeps (its shell
// in the visitor's language, the stylesheet and script, and the instructions that need no data,
// /offline/<lang>.json) is fetched afresh whenever the network answers, and taken from the kept
// copy when it does not. Nothing sent with POST is kept: those carry numbers.
'use strict';
var KEPT = 'balans-kept-v1';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) { return; }
  event.respondWith(caches.open(KEPT).then(function (kept) {
    return fetch(request).then(function (response) {
      // a kept copy is renewed by every visit online: a catalog change reaches it then
      return kept.match(request).then(function (old) {
        if (old && response.ok) { kept.put(request, response.clone()); }
        return response;
      });
    }, function () {
      return kept.match(request).then(function (hit) {
        if (hit) { return hit; }
        // a page not kept, opened without data: the top-up page as kept, in the language kept last
        if (request.mode === 'navigate') {
          return kept.keys().then(function (keys) {
            var shells = keys.filter(function (key) { return new URL(key.url).pathname === '/'; });
            return shells.length ? kept.match(shells[shells.length - 1]) : Response.error();
          });
        }
        return Response.error();
      });
    });
  }));
});
