/* Live console pages: the page hears from the server (Server-Sent Events) when what it shows
   has changed, fetches itself again and swaps the parts marked data-live-part. Without
   EventSource, or when the stream is refused or lost, it polls every POLL_MS instead.
   A part someone is typing in or has focus in is left alone until they are done. */
(function () {
  "use strict";
  var POLL_MS = 5000;
  var body = document.body;
  var url = body.getAttribute("data-live-url");
  if (!url) { return; }
  var version = body.getAttribute("data-version") || "";
  var stream = null, pollTimer = null, fetching = false, again = false;

  // The conversation opens at its newest line, and stays there as lines arrive.
  function newestInView() {
    var box = document.querySelector(".transcript-box");
    if (box) { box.scrollTop = box.scrollHeight; }
  }

  function busy(part) {
    var active = document.activeElement;
    if (active && part.contains(active) && active !== document.body &&
        /^(TEXTAREA|INPUT|SELECT)$/.test(active.tagName)) { return true; }
    var fields = part.querySelectorAll("textarea, input[type=text], input:not([type])");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value) { return true; }
    }
    return false;
  }

  function pageUrl() {
    var here = new URL(window.location.href);
    here.searchParams.set("live", "1");
    return here.toString();
  }

  function refresh() {
    if (fetching) { again = true; return; }
    fetching = true;
    fetch(pageUrl(), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) {
        if (!text) { return; }
        var fresh = new DOMParser().parseFromString(text, "text/html");
        var newVersion = fresh.body.getAttribute("data-version") || "";
        if (newVersion === version) { return; }
        var changed = 0;
        document.querySelectorAll("[data-live-part]").forEach(function (part) {
          var name = part.getAttribute("data-live-part");
          var next = fresh.querySelector('[data-live-part="' + name + '"]');
          if (!next || next.innerHTML === part.innerHTML || busy(part)) { return; }
          var focused = document.activeElement && part.contains(document.activeElement)
            ? document.activeElement.getAttribute("href") : null;
          part.innerHTML = next.innerHTML;
          if (focused) {
            var same = part.querySelector('a[href="' + focused + '"]');
            if (same) { same.focus(); }
          }
          changed += 1;
        });
        newestInView();
        version = newVersion;
        body.setAttribute("data-version", version);
        var status = document.getElementById("live-status");
        if (status && changed) {
          var count = document.getElementById("count");
          status.textContent = "Updated. " + (count ? count.textContent : "");
        }
      })
      .catch(function () { /* the next event or poll tries again */ })
      .then(function () {
        fetching = false;
        if (again) { again = false; refresh(); }
      });
  }

  function poll() {
    if (pollTimer) { return; }
    body.setAttribute("data-live", "polling");
    pollTimer = window.setInterval(refresh, POLL_MS);
  }

  function listen() {
    if (typeof window.EventSource !== "function") { poll(); return; }
    var address = url + (url.indexOf("?") < 0 ? "?" : "&") + "since=" + encodeURIComponent(version);
    stream = new EventSource(address);
    stream.addEventListener("open", function () {
      body.setAttribute("data-live", "on");
      if (pollTimer) { window.clearInterval(pollTimer); pollTimer = null; }
    });
    stream.addEventListener("changed", function () { refresh(); });
    stream.addEventListener("error", function () {
      // A refused stream (busy, signed out) closes for good: poll instead. A dropped one
      // reconnects by itself; poll meanwhile so nothing is missed.
      poll();
    });
  }

  newestInView();
  listen();
})();
