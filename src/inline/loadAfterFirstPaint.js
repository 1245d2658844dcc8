/*
 * Inlined into every page by the build (scripts/afterFirstPaint.ts) and allowed by its
 * hash: once the browser reports the page's first paint, puts in the document what
 * waits in the page's inert `<template data-after-first-paint>` (the rest of the style
 * sheet, the entry script and the code it loads), so that not even their requests
 * compete with what the reader sees first. A page that is not painted (a hidden tab,
 * a frame out of view, which must still report its height to its host) loads them a
 * moment after its markup is read, and so does a browser without Paint Timing after
 * its next frame; never before the markup is all read, however early the first paint.
 * A plain script, no module: it runs before the first paint.
 */
(function () {
  "use strict";
  var loaded = false;
  function load() {
    if (loaded) return;
    // A long page can be painted before it is all read; its code looks for the whole
    // of it, so it waits for the rest.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", load);
      return;
    }
    loaded = true;
    var templates = document.querySelectorAll(
      "template[data-after-first-paint]",
    );
    for (var i = 0; i < templates.length; i++) {
      var template = templates[i];
      template.replaceWith(document.importNode(template.content, true));
    }
  }
  var paintTiming =
    typeof PerformanceObserver === "function" &&
    PerformanceObserver.supportedEntryTypes &&
    PerformanceObserver.supportedEntryTypes.indexOf("paint") !== -1;
  if (paintTiming) {
    // Called in a task of its own, once the paint is on screen.
    var observer = new PerformanceObserver(function () {
      observer.disconnect();
      load();
    });
    observer.observe({ type: "paint", buffered: true });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (paintTiming) setTimeout(load, 500);
    else
      requestAnimationFrame(function () {
        setTimeout(load, 0);
      });
  });
})();
