/* The web chat. Plain DOM, no framework, no innerHTML: every message is text.
 * The conversation is kept in sessionStorage, so a reload shows it again; the sender id
 * lives there too, so closing the tab ends the link to it on this device. The gateway gives
 * each conversation a key in an HttpOnly cookie that the browser sends by itself: this
 * script never sees it. */
(function () {
  "use strict";

  var KEY_SENDER = "care-chat-sender";
  var KEY_LOG = "care-chat-log";
  var KEY_PREFS = "care-chat-prefs";
  var POLL_MS = 5000;

  var log = document.getElementById("log");
  var quick = document.getElementById("quick-replies");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var statusLine = document.getElementById("status");
  var busy = false;

  function newSender() {
    var bytes = new Uint8Array(12);
    window.crypto.getRandomValues(bytes);
    return "web-" + Array.prototype.map.call(bytes, function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function sender() {
    var id = sessionStorage.getItem(KEY_SENDER);
    if (!id) {
      id = newSender();
      sessionStorage.setItem(KEY_SENDER, id);
    }
    return id;
  }

  function history() {
    try { return JSON.parse(sessionStorage.getItem(KEY_LOG) || "[]"); } catch (e) { return []; }
  }

  function remember(entry) {
    var items = history();
    items.push(entry);
    sessionStorage.setItem(KEY_LOG, JSON.stringify(items.slice(-200)));
  }

  // Text with web addresses made into links, built with DOM calls only.
  function fillText(node, text) {
    var parts = String(text).split(/(https?:\/\/[^\s<>"]+)/);
    parts.forEach(function (part, i) {
      if (i % 2 === 1) {
        var a = document.createElement("a");
        a.href = part.replace(/[.,)]+$/, "");
        a.textContent = part;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
        node.appendChild(a);
      } else if (part) {
        node.appendChild(document.createTextNode(part));
      }
    });
  }

  var WHO = { you: "You said", bot: "The helper said", adviser: "Adviser said", error: "Problem" };

  function render(entry) {
    var item = document.createElement("li");
    item.className = "message " + entry.who;
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = entry.who === "adviser" && entry.author
      ? "Adviser " + entry.author + " said" : WHO[entry.who] || "";
    item.appendChild(who);
    var body = document.createElement("span");
    body.className = "text";
    fillText(body, entry.text);
    item.appendChild(body);
    log.appendChild(item);
    if (item.scrollIntoView) { item.scrollIntoView({ block: "nearest" }); }
  }

  function add(entry) {
    remember(entry);
    render(entry);
  }

  function showButtons(buttons) {
    while (quick.firstChild) { quick.removeChild(quick.firstChild); }
    (buttons || []).forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quick-reply";
      button.textContent = b.title;
      button.addEventListener("click", function () {
        send(b.payload || b.title, b.title);
      });
      quick.appendChild(button);
    });
    var items = history();
    if (items.length) {
      items[items.length - 1].buttons = buttons || [];
      sessionStorage.setItem(KEY_LOG, JSON.stringify(items));
    }
  }

  function setStatus(text, isError) {
    statusLine.textContent = text || "";
    statusLine.className = "status" + (isError ? " error" : "");
  }

  function setBusy(on) {
    busy = on;
    sendButton.disabled = on;
    setStatus(on ? "Sending..." : "");
  }

  function showReplies(replies) {
    var buttons = [];
    (replies || []).forEach(function (r) {
      if (r.text) {
        add({ who: r.from === "adviser" ? "adviser" : "bot", text: r.text, author: r.author });
      }
      if (r.buttons && r.buttons.length) { buttons = r.buttons; }
    });
    showButtons(buttons);
  }

  function post(message) {
    return fetch("/api/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender(), message: message, channel: "web" })
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.status === 404) {
          // This tab no longer holds the key to that conversation: start a new one.
          sessionStorage.removeItem(KEY_SENDER);
        }
        if (!response.ok) {
          throw new Error((data && data.error) ||
            "Sorry, something went wrong. What you wrote is still in the box. Please try again.");
        }
        return data;
      });
    });
  }

  // shown: what to show as the person's words (a button's title), or null to send quietly.
  function send(message, shown) {
    if (busy) { return Promise.resolve(); }
    if (shown !== null) { add({ who: "you", text: shown === undefined ? message : shown }); }
    showButtons([]);
    setBusy(true);
    // Focus goes back to the message box only after the person acted, never on its own.
    var focusAfter = shown !== null && document.activeElement !== input;
    return post(message).then(function (replies) {
      setBusy(false);
      showReplies(replies);
      if (focusAfter) { input.focus(); }
    }).catch(function (error) {
      setBusy(false);
      setStatus(error.message, true);
      add({ who: "error", text: error.message });
      if (focusAfter) { input.focus(); }
      throw error;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) {
      setStatus("Please type a message first.", true);
      input.focus();
      return;
    }
    send(text).then(function () { input.value = ""; }, function () { /* kept in the box */ });
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (form.requestSubmit) { form.requestSubmit(); } else { form.dispatchEvent(new Event("submit")); }
    }
  });

  function poll() {
    if (document.hidden) { return; }
    fetch("/api/conversations/" + encodeURIComponent(sender()) + "/updates")
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (messages) { if (messages && messages.length) { showReplies(messages); } })
      .catch(function () { /* try again next time */ });
  }

  function download(path, filename, emptyMessage) {
    fetch(path).then(function (response) {
      if (response.status === 404) { setStatus(emptyMessage, false); return null; }
      if (!response.ok) { throw new Error("failed"); }
      return response.blob();
    }).then(function (blob) {
      if (!blob) { return; }
      var url = URL.createObjectURL(blob);
      var a = document.createElement("a");
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      setStatus("Your download has started.", false);
    }).catch(function () {
      setStatus("Sorry, the download did not work. Please try again.", true);
    });
  }

  var base = function () { return "/api/conversations/" + encodeURIComponent(sender()); };
  document.getElementById("download-summary").addEventListener("click", function () {
    download(base() + "/summary", "my-summary.html",
      "There is no summary yet. You get one when you finish a self-assessment.");
  });
  document.getElementById("download-data").addEventListener("click", function () {
    download(base() + "/data", "my-data.json", "There is nothing saved yet.");
  });

  var confirmBox = document.getElementById("delete-confirm");
  document.getElementById("delete").addEventListener("click", function () {
    confirmBox.hidden = false;
    document.getElementById("delete-no").focus();
  });
  document.getElementById("delete-no").addEventListener("click", function () {
    confirmBox.hidden = true;
    document.getElementById("delete").focus();
  });
  document.getElementById("delete-yes").addEventListener("click", function () {
    fetch(base(), { method: "DELETE" }).then(function (response) {
      if (!response.ok) { throw new Error("failed"); }
      sessionStorage.removeItem(KEY_LOG);
      sessionStorage.removeItem(KEY_SENDER);
      while (log.firstChild) { log.removeChild(log.firstChild); }
      showButtons([]);
      confirmBox.hidden = true;
      setStatus("Your conversation has been deleted.", false);
      input.focus();
    }).catch(function () {
      setStatus("Sorry, we could not delete it just now. Please try again.", true);
    });
  });

  function applyPrefs(prefs) {
    document.body.classList.toggle("large-text", !!prefs.large);
    document.body.classList.toggle("easy-read", !!prefs.easy);
    document.getElementById("text-size").setAttribute("aria-pressed", prefs.large ? "true" : "false");
    document.getElementById("easy-read").setAttribute("aria-pressed", prefs.easy ? "true" : "false");
  }
  var prefs = {};
  try { prefs = JSON.parse(localStorage.getItem(KEY_PREFS) || "{}"); } catch (e) { prefs = {}; }
  applyPrefs(prefs);
  function toggle(name) {
    prefs[name] = !prefs[name];
    try { localStorage.setItem(KEY_PREFS, JSON.stringify(prefs)); } catch (e) { /* private mode */ }
    applyPrefs(prefs);
  }
  document.getElementById("text-size").addEventListener("click", function () { toggle("large"); });
  document.getElementById("easy-read").addEventListener("click", function () { toggle("easy"); });

  if (new URLSearchParams(window.location.search).get("embed") === "1") {
    document.body.classList.add("embedded");
    // Escape inside the widget's frame closes the widget (widget.js listens).
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && window.parent !== window) {
        window.parent.postMessage({ type: "care-chat-close" }, "*");
      }
    });
  }

  // Start: show what was said before, or greet; a resume code in the address carries on.
  var before = history();
  before.forEach(render);
  if (before.length) { showButtons(before[before.length - 1].buttons || []); }
  var code = new URLSearchParams(window.location.search).get("code");
  var start = Promise.resolve();
  if (code && /^[A-Za-z0-9 -]{4,20}$/.test(code)) {
    start = send("carry on " + code);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", window.location.pathname);
    }
  } else if (!before.length) {
    start = send("/greet", null);
  }
  start.catch(function () { /* shown already */ });
  window.setInterval(poll, POLL_MS);
})();
