/*
 * Inlined into every page by the build (build/afterFirstPaint.ts) and allowed by its
 * hash: once the browser reports the page's first paint of its content, puts in the
 * document what waits in the page's inert `<template data-after-first-paint>` (the
 * style sheet, the entry script and the code it loads), so that not even their
 * requests compete with what the reader sees first. A page the browser may not paint for a
 * while (a hidden tab; a frame, which is not painted out of view yet must report its
 * height to its host) loads them a moment after its markup is read; a page in view
 * waits for its paint, on however busy a phone, but not for ever; a browser without
 * Paint Timing loads them after its next frame. Never before the markup is all read,
 * however early the first paint.
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
    var sheets = [];
    for (var i = 0; i < templates.length; i++) {
      var template = templates[i];
      var content = document.importNode(template.content, true);
      var links = content.querySelectorAll('link[rel="stylesheet"]');
      for (var j = 0; j < links.length; j++) sheets.push(links[j]);
      template.replaceWith(content);
    }
    takeOver(sheets);
  }
  // The style sheet takes over from the page's inline rules once it is loaded, in one
  // step: until then it waits under a media no screen matches (print has it already,
  // after the inline rules, where it cascades as it is). At once, the page is styled
  // again once, with each rule once; inline rules left beside the whole sheet would
  // have every later restyle, a switch's included, match them twice. A sheet that
  // fails to load leaves the inline rules, which draw the page as it was painted.
  function takeOver(sheets) {
    var waiting = sheets.length;
    var media = [];
    for (var i = 0; i < sheets.length; i++) {
      media.push(sheets[i].media || "all");
      sheets[i].media = "print";
      sheets[i].addEventListener("load", function () {
        waiting -= 1;
        if (waiting > 0) return;
        var inline = document.querySelectorAll("head > style");
        for (var k = 0; k < inline.length; k++) inline[k].remove();
        for (var m = 0; m < sheets.length; m++) sheets[m].media = media[m];
      });
    }
  }
  var paintTiming =
    typeof PerformanceObserver === "function" &&
    PerformanceObserver.supportedEntryTypes &&
    PerformanceObserver.supportedEntryTypes.indexOf("paint") !== -1;
  if (paintTiming) {
    // Called in a task of its own, once the paint is on screen: the first that shows
    // the page's content, not a first paint of its background alone.
    var observer = new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].name !== "first-contentful-paint") continue;
        observer.disconnect();
        load();
        return;
      }
    });
    observer.observe({ type: "paint", buffered: true });
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!paintTiming) {
      requestAnimationFrame(function () {
        setTimeout(load, 0);
      });
      return;
    }
    var inView =
      document.visibilityState === "visible" && window.self === window.top;
    setTimeout(load, inView ? 3000 : 500);
  });
})();
