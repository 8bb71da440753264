/* pizhu preview: reload the page when the site is rebuilt, keeping the scroll position;
 * show build errors in an overlay over the last good page. Served only by `pizhu serve`. */
(function () {
  "use strict";
  var KEY = "pizhu-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(KEY);
  if (saved !== null) {
    sessionStorage.removeItem(KEY);
    var restore = function () { window.scrollTo(0, Number(saved)); };
    if (document.readyState === "complete") restore(); else window.addEventListener("load", restore);
  }
  var version = null;

  function overlay() {
    var o = document.getElementById("pizhu-overlay");
    if (o) return o;
    o = document.createElement("div");
    o.id = "pizhu-overlay";
    o.setAttribute("role", "alert");
    o.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "background:#1d1d1f;color:#fff;font:14px/1.5 ui-monospace,monospace;padding:1rem 1.25rem;" +
      "border-top:4px solid #c0392b;box-shadow:0 -4px 24px rgba(0,0,0,.4)";
    var title = document.createElement("strong");
    title.textContent = "pizhu: the site does not build — the last good page is shown";
    var pre = document.createElement("pre");
    pre.style.cssText = "margin:.5rem 0 0;white-space:pre-wrap";
    o.appendChild(title);
    o.appendChild(pre);
    document.body.appendChild(o);
    return o;
  }
  function show(message) { overlay().querySelector("pre").textContent = message; }
  function hide() { var o = document.getElementById("pizhu-overlay"); if (o) o.remove(); }
  function reload() {
    sessionStorage.setItem(KEY, String(window.scrollY));
    location.reload();
  }

  var source = new EventSource("/__pizhu/live");
  source.addEventListener("hello", function (e) {
    var state = JSON.parse(e.data);
    if (version !== null && state.version !== version && !state.error) return reload();
    version = state.version;
    if (state.error) show(state.error); else hide();
  });
  source.addEventListener("reload", function () { reload(); });
  source.addEventListener("failed", function (e) { show(JSON.parse(e.data).message); });
})();
