/* The embeddable chat: one script tag on a council page.
 *   <script src="https://YOUR-ASSISTANT/static/widget.js" defer></script>
 * It adds a "Chat with us" button fixed at the bottom corner; the chat opens in a panel
 * holding the full web chat in a frame (served by the assistant, so no cross-site requests).
 * Not modal: no focus trap; Escape or the close button closes it and puts focus back on the
 * button.
 *
 * Styles work under a strict Content Security Policy: they are a constructable stylesheet
 * (document.adoptedStyleSheets), which CSP does not treat as inline style, so the council
 * page needs no 'unsafe-inline'. Browsers without constructable stylesheets get the same
 * rules from /static/widget.css (the council's style-src then needs the assistant's address).
 * No style attributes anywhere. Keep WIDGET_CSS and widget.css the same
 * (tests/unit/test_widget_css.py checks). */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = new URL(script.src, window.location.href).origin;
  var label = (script.getAttribute("data-label") || "Chat with our care and support helper");

  /* WIDGET_CSS START */
  var WIDGET_CSS = [
    ".care-chat-launcher{position:fixed;right:1rem;bottom:1rem;left:auto;top:auto;z-index:2147483000;",
    "margin:0;width:auto;height:auto;min-width:2.75rem;max-width:calc(100vw - 2rem);",
    "font:bold 1.125rem/1.3 Arial,sans-serif;text-align:left;text-transform:none;letter-spacing:normal;",
    "background:#00703c;color:#fff;border:2px solid #fff;border-radius:0.25rem;",
    "box-shadow:0 0 0 2px #00703c;padding:0.75rem 1rem;min-height:2.75rem;cursor:pointer}",
    ".care-chat-launcher:hover{background:#005a30}",
    ".care-chat-launcher:focus{outline:3px solid #fd0;outline-offset:0;box-shadow:0 0 0 6px #0b0c0c}",
    ".care-chat-panel{position:fixed;right:1rem;bottom:5.5rem;left:auto;top:auto;z-index:2147483001;",
    "box-sizing:border-box;margin:0;padding:0;width:min(28rem,calc(100vw - 2rem));",
    "height:min(44rem,calc(100vh - 7rem));background:#fff;border:2px solid #0b0c0c;",
    "box-shadow:0 0.25rem 1.5rem rgba(0,0,0,0.35);display:flex;flex-direction:column}",
    ".care-chat-panel[hidden]{display:none}",
    ".care-chat-bar{display:flex;justify-content:space-between;align-items:center;gap:0.5rem;",
    "padding:0.25rem 0.25rem 0.25rem 0.75rem;background:#0b0c0c;color:#fff;font:bold 1rem/1.3 Arial,sans-serif}",
    ".care-chat-close{font:inherit;width:auto;margin:0;background:#fff;color:#0b0c0c;border:0;border-radius:0.25rem;",
    "padding:0.5rem 0.75rem;min-height:2.75rem;text-transform:none;letter-spacing:normal;cursor:pointer}",
    ".care-chat-close:focus{outline:3px solid #fd0;outline-offset:0}",
    ".care-chat-frame{flex:1 1 auto;display:block;border:0;width:100%;height:auto;min-height:0}",
    "@media (max-width:40rem){.care-chat-panel{right:0;bottom:0;left:0;top:0;width:100%;",
    "height:100%;border:0;box-shadow:none}",
    ".care-chat-launcher[aria-expanded=\"true\"]{display:none}}",
    "@media (max-height:30rem){.care-chat-panel{top:0;bottom:0;height:100%}}"
  ].join("\n");
  /* WIDGET_CSS END */

  function addStyles() {
    var Sheet = window.CSSStyleSheet;
    if (Sheet && "adoptedStyleSheets" in document && Sheet.prototype.replaceSync) {
      try {
        var sheet = new Sheet();
        sheet.replaceSync(WIDGET_CSS);
        document.adoptedStyleSheets = Array.prototype.slice.call(document.adoptedStyleSheets)
          .concat([sheet]);
        return;
      } catch (e) { /* fall through to the stylesheet file */ }
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = origin + "/static/widget.css";
    document.head.appendChild(link);
  }
  addStyles();

  var launcher = document.createElement("button");
  launcher.type = "button";
  launcher.className = "care-chat-launcher";
  launcher.textContent = label;
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", "care-chat-panel");

  var panel = document.createElement("section");
  panel.id = "care-chat-panel";
  panel.className = "care-chat-panel";
  panel.hidden = true;
  panel.setAttribute("aria-label", "Care and support chat");

  var bar = document.createElement("div");
  bar.className = "care-chat-bar";
  var title = document.createElement("span");
  title.textContent = "Care and support helper";
  var close = document.createElement("button");
  close.type = "button";
  close.className = "care-chat-close";
  close.textContent = "Close chat";
  bar.appendChild(title);
  bar.appendChild(close);
  panel.appendChild(bar);

  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.className = "care-chat-frame";
      frame.title = "Care and support chat";
      frame.src = origin + "/?embed=1";
      panel.appendChild(frame);
    }
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    close.focus();
  }
  function shut() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");  // shown again on phones, then focused
    launcher.focus();
  }
  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  // Escape 3 times within 2 seconds, in the chat or on this page once the chat has been
  // used, is the chat's quick exit: the page goes to the neutral address the chat gave.
  var exitUrl = null;
  var escapes = [];
  function escapePressed() {
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3 && exitUrl) {
      panel.hidden = true;
      // The chat clears its own storage first (its frame's storage is its own), then the
      // page leaves.
      if (frame && frame.contentWindow) {
        try { frame.contentWindow.postMessage({ type: "care-chat-clear" }, origin); } catch (err) { /* gone */ }
      }
      var url = exitUrl;
      setTimeout(function () {
        if (frame) { frame.remove(); frame = null; }
        window.location.replace(url);
      }, 150);
      return true;
    }
    return false;
  }
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") { return; }
    if (escapePressed()) { return; }
    if (!panel.hidden) { shut(); }
  });
  window.addEventListener("message", function (e) {
    if (e.origin === origin && e.data && e.data.type === "care-chat-close") {
      if (/^https?:\/\//.test(String(e.data.url || ""))) { exitUrl = String(e.data.url); }
      if (escapePressed()) { return; }
      if (!panel.hidden) { shut(); }
    }
    if (e.origin === origin && e.data && e.data.type === "care-chat-quick-exit" &&
        /^https?:\/\//.test(String(e.data.url || ""))) {
      // "Leave this site quickly" in the chat: the council page leaves too.
      panel.hidden = true;
      if (frame) { frame.remove(); frame = null; }
      window.location.replace(String(e.data.url));
    }
  });

  document.body.appendChild(launcher);
  document.body.appendChild(panel);
})();
