/* The embeddable chat: one script tag on a council page.
 *   <script src="https://YOUR-ASSISTANT/static/widget.js" defer></script>
 * It adds a "Chat with us" button; the chat opens in a panel holding the full web chat in a
 * frame (served by the assistant, so no cross-site requests). Not modal: no focus trap;
 * Escape or the close button closes it and puts focus back on the button. */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = new URL(script.src, window.location.href).origin;
  var label = (script.getAttribute("data-label") || "Chat with our care and support helper");

  var style = document.createElement("style");
  style.textContent =
    ".care-chat-launcher{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;font:bold 1.1rem Arial,sans-serif;" +
    "background:#00703c;color:#fff;border:2px solid #00703c;border-radius:0.25rem;padding:0.75rem 1rem;cursor:pointer}" +
    ".care-chat-launcher:focus{outline:3px solid #ffdd00;box-shadow:0 0 0 6px #0b0c0c}" +
    ".care-chat-panel{position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));" +
    "height:min(40rem,calc(100vh - 6rem));background:#fff;border:2px solid #0b0c0c;display:flex;flex-direction:column}" +
    ".care-chat-panel[hidden]{display:none}" +
    ".care-chat-bar{display:flex;justify-content:space-between;align-items:center;padding:0.25rem 0.5rem;background:#0b0c0c;color:#fff;font:bold 1rem Arial,sans-serif}" +
    ".care-chat-close{font:inherit;background:#fff;color:#0b0c0c;border:0;padding:0.5rem 0.75rem;cursor:pointer}" +
    ".care-chat-close:focus{outline:3px solid #ffdd00}" +
    ".care-chat-frame{flex:1;border:0;width:100%}" +
    "@media (max-width:30rem){.care-chat-panel{right:0;bottom:0;width:100vw;height:100vh}}";
  document.head.appendChild(style);

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
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }
  launcher.addEventListener("click", function () { if (panel.hidden) { open(); } else { shut(); } });
  close.addEventListener("click", shut);
  document.addEventListener("keydown", function (e) { if (e.key === "Escape" && !panel.hidden) { shut(); } });
  window.addEventListener("message", function (e) {
    if (e.origin === origin && e.data && e.data.type === "care-chat-close" && !panel.hidden) { shut(); }
  });

  document.body.appendChild(panel);
  document.body.appendChild(launcher);
})();
