/* pizhu's page behaviour: glossary tooltips (WAI-ARIA tooltip pattern, WCAG 1.4.13), and
 * links that work when the built folder is opened from disk.
 * Without this script a term is still a link to its glossary entry and its tooltip still
 * shows on hover and focus through CSS; the script adds Escape to dismiss, tap to open and
 * close on touch screens, and keeps each tooltip inside the viewport. */
(function () {
  "use strict";
  var MARGIN = 8;
  var lastPointer = "mouse";

  function wrapOf(node) {
    return node && node.closest ? node.closest(".term-wrap") : null;
  }

  function tipOf(wrap) {
    return wrap.querySelector(".term-tip");
  }

  /* Keep the tooltip inside the viewport: shift it sideways, and above the term when there
   * is no room below. */
  function place(wrap) {
    var tip = tipOf(wrap);
    if (!tip) return;
    tip.style.left = "";
    wrap.classList.remove("term-above");
    var rect = tip.getBoundingClientRect();
    if (rect.width === 0) return;
    var width = document.documentElement.clientWidth;
    var shift = 0;
    if (rect.right > width - MARGIN) shift = width - MARGIN - rect.right;
    if (rect.left + shift < MARGIN) shift = MARGIN - rect.left;
    if (shift !== 0) tip.style.left = shift + "px";
    var height = document.documentElement.clientHeight;
    var term = wrap.getBoundingClientRect();
    if (rect.bottom > height - MARGIN && term.top > rect.height + MARGIN) {
      wrap.classList.add("term-above");
    }
  }

  function open(wrap) {
    document.querySelectorAll(".term-wrap.is-open").forEach(function (other) {
      if (other !== wrap) close(other);
    });
    wrap.classList.remove("is-dismissed");
    wrap.classList.add("is-open");
    place(wrap);
  }

  function close(wrap) {
    wrap.classList.remove("is-open");
    wrap.classList.add("is-dismissed");
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
    if (!wrapOf(event.target)) {
      document.querySelectorAll(".term-wrap.is-open").forEach(close);
    }
  }, true);

  document.addEventListener("click", function (event) {
    var term = event.target.closest && event.target.closest("a.term");
    if (!term || lastPointer !== "touch") return;
    var wrap = wrapOf(term);
    event.preventDefault();
    if (wrap.classList.contains("is-open")) close(wrap);
    else open(wrap);
  });

  document.addEventListener("mouseover", function (event) {
    var wrap = wrapOf(event.target);
    if (wrap && lastPointer !== "touch") {
      wrap.classList.remove("is-dismissed");
      place(wrap);
    }
  });

  document.addEventListener("mouseout", function (event) {
    var wrap = wrapOf(event.target);
    if (wrap && !wrap.contains(event.relatedTarget) && lastPointer !== "touch") {
      wrap.classList.remove("is-open", "is-dismissed");
    }
  });

  document.addEventListener("focusin", function (event) {
    var wrap = wrapOf(event.target);
    if (wrap) {
      wrap.classList.remove("is-dismissed");
      place(wrap);
    }
  });

  document.addEventListener("focusout", function (event) {
    var wrap = wrapOf(event.target);
    if (wrap && !wrap.contains(event.relatedTarget)) {
      wrap.classList.remove("is-open", "is-dismissed");
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    document.querySelectorAll(".term-wrap").forEach(function (wrap) {
      if (wrap.classList.contains("is-open") || wrap.matches(":hover") || wrap.matches(":focus-within")) {
        close(wrap);
      }
    });
  });

  /* Opened from disk (file://), a link to a folder (`seed/`) shows a folder listing: send
   * it to the folder's index.html instead. On a web server nothing changes. */
  if (location.protocol === "file:") {
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link) return;
      var href = link.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var hash = href.indexOf("#");
      var path = hash < 0 ? href : href.slice(0, hash);
      var fragment = hash < 0 ? "" : href.slice(hash);
      if (path === "" || path.slice(-1) !== "/") return;
      event.preventDefault();
      location.href = new URL(path + "index.html" + fragment, location.href).href;
    });
  }
})();
