/*
 * An embedded explainer's theme, from its address, before the first paint: the page
 * is light unless the host asks for `?theme=dark` or `?theme=auto` (the reader's
 * system setting), and `?bg=transparent` lets the host's background show through.
 * Inlined into each embed page by the build (build/pageHead.ts) and allowed by its
 * hash; the same rules as src/lib/embedLook.ts.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  var params;
  try {
    params = new URLSearchParams(window.location.search);
  } catch (error) {
    return;
  }
  var themes = params.getAll("theme");
  for (var i = 0; i < themes.length; i++) {
    var theme = themes[i].trim().toLowerCase();
    if (theme === "light" || theme === "dark" || theme === "auto") {
      root.setAttribute("data-theme", theme);
      break;
    }
  }
  var backgrounds = params.getAll("bg");
  for (var j = 0; j < backgrounds.length; j++) {
    if (backgrounds[j].trim().toLowerCase() === "transparent") {
      root.setAttribute("data-bg", "transparent");
      break;
    }
  }
})();
