/*!
 * Sizes every explainer's frame on a host page, whichever explainer it shows.
 * Include it once, anywhere on the page; frames added later are sized too.
 *
 *   <iframe src=".../embed/" data-explainer ...></iframe>
 *   <script src=".../embed.js" async></script>
 *
 * Optional: data-allowed-origins="https://explainers.example.org" on this script
 * tag accepts height messages from those origins only (a frame sandboxed without
 * allow-same-origin has the origin "null").
 *
 * It reads heights and scroll requests and nothing else: a message is used only when
 * it comes from one of the explainers' frames on this page, is our own message, and
 * carries a finite number within bounds. A frame may scroll the page (to bring what a
 * deep link points at into view) once when it loads and once each time the reader
 * moves into it, no more. Nothing from a message is ever run or inserted.
 * MIT licence.
 */
(function () {
  "use strict";

  var FLAG = "__explainerEmbed";
  if (window[FLAG]) return;
  window[FLAG] = true;

  var HEIGHT = "explainer:height";
  var REQUEST = "explainer:request-height";
  var SELECTOR = "iframe[data-explainer]";
  // The names of the first snippets, which named one report: frames pasted with them
  // are still sized, and heights sent under the old name still taken.
  var LEGACY_HEIGHT = "cyber-dialogue-explainer:height";
  var LEGACY_SELECTOR = "iframe[data-cyber-dialogue-explainer]";
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 100000;
  var SCROLL = "explainer:scroll-to";
  // What a frame may still ask: one scroll, granted when it is found and loads, and
  // again each time the reader moves into it (a click or Tab into the frame).
  var MAY_SCROLL = FLAG + "MayScroll";
  // A point below the frame's bottom waits until the frame has grown to hold it, since
  // the page cannot scroll to it before; so does a point the page fell short of, not
  // tall enough yet, where what the frame opened to show it grows the frame next.
  var PENDING = FLAG + "PendingScroll";

  var script = document.currentScript;
  var allowed = ((script && script.getAttribute("data-allowed-origins")) || "")
    .split(/\s+/)
    .filter(Boolean);

  function frames() {
    return document.querySelectorAll(SELECTOR + ", " + LEGACY_SELECTOR);
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (source && list[i].contentWindow === source) return list[i];
    }
    return null;
  }

  /** The height a message carries, or null if it is not a well-formed height message. */
  function heightOf(data) {
    if (!data || typeof data !== "object") return null;
    if (data.type !== HEIGHT && data.type !== LEGACY_HEIGHT) return null;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return null;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  /** The point a scroll request names, or null if it is not a well-formed one. */
  function scrollTopOf(data) {
    if (!data || typeof data !== "object") return null;
    if (data.type !== SCROLL) return null;
    var top = data.top;
    if (typeof top !== "number" || !isFinite(top)) return null;
    if (top < 0 || top > MAX_HEIGHT) return null;
    return Math.round(top);
  }

  /**
   * Scrolls the page so that the point `top` of `frame` is at its top, if it is not in
   * view already or `finish` says to finish a scroll that waited. Whether the page
   * fell short of it: true when it is not yet tall enough.
   */
  function scrollTo(frame, top, finish) {
    var point = frame.getBoundingClientRect().top + top;
    var view = window.innerHeight || document.documentElement.clientHeight;
    if (!finish && point >= 0 && point <= view * 0.75) return false;
    var y = Math.max(0, (window.pageYOffset || 0) + point);
    window.scrollTo(0, y);
    return (window.pageYOffset || 0) < y - 1;
  }

  function ask(frame) {
    try {
      if (frame.contentWindow)
        frame.contentWindow.postMessage({ type: REQUEST }, "*");
    } catch (error) {
      // A frame that is gone or not yet there: it reports by itself when it loads.
    }
  }

  function askAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) ask(list[i]);
  }

  // A frame outside the viewport may not notice by itself that its width changed
  // (browsers pause its rendering there), so it is asked when the page is resized, and
  // once more when the new width has surely reached it, and when it first comes into
  // view.
  var seen =
    typeof IntersectionObserver === "function"
      ? new IntersectionObserver(function (entries) {
          for (var i = 0; i < entries.length; i++) {
            if (!entries[i].isIntersecting) continue;
            ask(entries[i].target);
            seen.unobserve(entries[i].target);
          }
        })
      : null;

  function watch(frame) {
    if (frame[FLAG]) return;
    frame[FLAG] = true;
    frame[MAY_SCROLL] = true;
    frame.addEventListener("load", function () {
      frame[MAY_SCROLL] = true;
      ask(frame);
    });
    ask(frame);
    if (seen) seen.observe(frame);
  }

  var settle = 0;
  window.addEventListener("resize", function () {
    askAll();
    clearTimeout(settle);
    settle = setTimeout(askAll, 250);
  });

  // Focus moving from the page into a frame is the reader's doing.
  window.addEventListener("blur", function () {
    setTimeout(function () {
      var active = document.activeElement;
      if (active && active[FLAG] && frameOf(active.contentWindow) === active) {
        active[MAY_SCROLL] = true;
      }
    }, 0);
  });

  window.addEventListener("message", function (event) {
    var frame = frameOf(event.source);
    if (!frame) return;
    if (allowed.length && allowed.indexOf(event.origin) === -1) return;
    var height = heightOf(event.data);
    if (height !== null) {
      frame.style.height = height + "px";
      var pending = frame[PENDING];
      if (typeof pending === "number" && pending <= height) {
        frame[PENDING] = null;
        scrollTo(frame, pending, true);
      }
      return;
    }
    var top = scrollTopOf(event.data);
    if (top === null || !frame[MAY_SCROLL]) return;
    frame[MAY_SCROLL] = false;
    // Once more at the frame's next height, at most, when the page fell short.
    if (top > frame.clientHeight || scrollTo(frame, top)) frame[PENDING] = top;
  });

  function watchAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) watch(list[i]);
  }

  watchAll();
  if (typeof MutationObserver === "function") {
    new MutationObserver(watchAll).observe(document.documentElement, {
      childList: true,
      subtree: true,
    });
  } else {
    document.addEventListener("DOMContentLoaded", watchAll);
  }
})();
