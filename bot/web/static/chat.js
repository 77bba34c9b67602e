/* The web chat. Plain DOM, no framework, no innerHTML: every message is text (rich-text.js
 * makes phone numbers and addresses into links, and draws the crisis block).
 * The conversation is kept in sessionStorage, so a reload shows it again; the sender id
 * lives there too, so closing the tab ends the link to it on this device. The gateway gives
 * each conversation a key in an HttpOnly cookie that the browser sends by itself: this
 * script never sees it.
 * Buttons stay with the message that offered them, so earlier choices stay usable; the
 * newest set is marked. After each reply the page scrolls so the newest words, the newest
 * buttons and the message box are in view (a crisis block goes to the top). */
(function () {
  "use strict";

  var KEY_SENDER = "care-chat-sender";
  var KEY_LOG = "care-chat-log";
  var KEY_PREFS = "care-chat-prefs";
  var POLL_MS = 5000;  // only while the live stream is not connected

  var log = document.getElementById("log");
  var form = document.getElementById("composer");
  var input = document.getElementById("message");
  var sendButton = document.getElementById("send");
  var statusLine = document.getElementById("status");
  var busy = false;

  // Browsers that block storage in a frame from another site (the widget on a council page,
  // with third-party cookies blocked) throw on any use of it: keep things in memory then.
  function storageOr(name) {
    try {
      var real = window[name];
      real.setItem("care-chat-test", "1");
      real.removeItem("care-chat-test");
      return real;
    } catch (e) {
      var kept = {};
      return {
        getItem: function (k) { return Object.prototype.hasOwnProperty.call(kept, k) ? kept[k] : null; },
        setItem: function (k, v) { kept[k] = String(v); },
        removeItem: function (k) { delete kept[k]; }
      };
    }
  }
  var sessionStorage = storageOr("sessionStorage");
  var localStorage = storageOr("localStorage");

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

  // "Leave this site quickly" (the link at the top, Escape 3 times, or the helper's reply
  // when someone has come in): the conversation goes from the screen and this browser's
  // storage, and the tab goes to a neutral page (council.yml's web_chat.quick_exit_url),
  // replacing this page in the history so Back does not return to the chat. What was said
  // stays with the care team, as it would on the phone.
  var DEFAULT_EXIT = "https://www.bbc.co.uk/weather";
  var exitLink = document.getElementById("quick-exit");
  function exitAddress() {
    var href = exitLink ? exitLink.getAttribute("href") || "" : "";
    return /^https?:\/\//.test(href) ? href : DEFAULT_EXIT;
  }
  function quickExit(stay) {
    [KEY_LOG, KEY_SENDER].forEach(function (k) {
      try { sessionStorage.removeItem(k); } catch (e) { /* nothing kept */ }
      try { localStorage.removeItem(k); } catch (e) { /* nothing kept */ }
    });
    try { localStorage.removeItem(KEY_PREFS); } catch (e) { /* nothing kept */ }
    if (stream) { try { stream.close(); } catch (e) { /* closed */ } stream = null; }
    while (log.firstChild) { log.removeChild(log.firstChild); }
    input.value = "";
    setStatus("");
    if (stay) { return; }   // the widget's page leaves by itself
    document.title = "Weather";
    var url = exitAddress();
    if (window.parent !== window) {
      // In the widget's frame: the council page leaves too (widget.js listens).
      try { window.parent.postMessage({ type: "care-chat-quick-exit", url: url }, "*"); } catch (e) { /* not framed */ }
    }
    window.location.replace(url);
  }
  window.careQuickExit = quickExit;
  // The widget's page (Escape 3 times there) asks the chat in its frame to clear itself.
  window.addEventListener("message", function (event) {
    if (event.source === window.parent && window.parent !== window && event.data &&
        event.data.type === "care-chat-clear") {
      quickExit(true);
    }
  });
  if (exitLink) {
    exitLink.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit();
    });
  }
  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 2000; });
    escapes.push(now);
    if (escapes.length >= 3) { escapes = []; quickExit(); }
  });

  var rich = window.careRichText;
  var WHO = { you: "You said", bot: "The helper said", adviser: "Adviser said", error: "Problem" };

  function isSafety(entry) {
    return !!(entry.custom && entry.custom.type === "safety");
  }

  // One message (and the buttons it offered) into the log; returns its first element.
  function render(entry) {
    var item = document.createElement("li");
    item.className = "message " + entry.who + (isSafety(entry) ? " safety" : "");
    var who = document.createElement("span");
    who.className = "who";
    // An adviser's display name, set per account ("Sam, care team"), never a login name.
    who.textContent = entry.who === "adviser" && entry.author
      ? entry.author + " said" : WHO[entry.who] || "";
    item.appendChild(who);
    if (isSafety(entry)) {
      // Rasa's REST channel sends a custom payload as a message of its own; should one
      // carry text too, the block stands for it.
      item.appendChild(rich.safetyBlock(entry.custom));
    } else {
      var body = document.createElement("span");
      body.className = "text";
      rich.fill(body, entry.text);
      item.appendChild(body);
    }
    if (entry.text || isSafety(entry)) { log.appendChild(item); } else { item = null; }
    var choices = renderChoices(entry.buttons);
    return item || choices;
  }

  function renderChoices(buttons) {
    if (!buttons || !buttons.length) { return null; }
    var item = document.createElement("li");
    item.className = "choices";
    var group = document.createElement("div");
    group.setAttribute("role", "group");
    group.className = "choice-group";
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "quick-reply";
      button.textContent = b.title;
      button.addEventListener("click", function () {
        send(b.payload || b.title, b.title);
      });
      group.appendChild(button);
    });
    item.appendChild(group);
    log.appendChild(item);
    return item;
  }

  // The newest set of buttons, when the newest message offered one, is marked "latest";
  // earlier sets stay usable under the name "Earlier choices".
  function markLatest() {
    var sets = log.querySelectorAll("li.choices");
    var last = log.lastElementChild;
    Array.prototype.forEach.call(sets, function (set) {
      var latest = set === last;
      set.classList.toggle("latest", latest);
      set.firstChild.setAttribute("aria-label", latest ? "Choices" : "Earlier choices");
      // #quick-replies always names the newest set, as it did when only one set was shown.
      if (latest) { set.firstChild.id = "quick-replies"; } else { set.firstChild.removeAttribute("id"); }
    });
  }

  // Brings the newest reply, its buttons and the message box into view, without pushing the
  // start of the reply off the top. A crisis block always goes to the top.
  function reveal(first) {
    if (!first || !first.getBoundingClientRect) { return; }
    var top = first.getBoundingClientRect().top;
    var delta;
    if (first.classList.contains("safety")) {
      delta = top - 8;
    } else {
      delta = Math.min(form.getBoundingClientRect().bottom - window.innerHeight + 8, top - 8);
      if (delta < 0) { return; }
    }
    window.scrollBy(0, delta);
  }

  function add(entry) {
    remember(entry);
    var first = render(entry);
    markLatest();
    return first;
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

  // quiet: the first greeting, which leaves the page at the top (the introduction, with
  // "call 999", stays in view).
  function showReplies(replies, quiet) {
    var first = null;
    if ((replies || []).some(function (r) { return r.custom && r.custom.type === "quick_exit"; })) {
      quickExit();   // someone has come in: nothing more is drawn
      return;
    }
    (replies || []).forEach(function (r) {
      if (r.custom && r.custom.type === "easy_read") {
        setPref("easy", !!r.custom.on);   // asked for in words: the button follows
        return;
      }
      if (!r.text && !r.custom && !(r.buttons && r.buttons.length)) { return; }
      var shown = add({
        who: r.from === "adviser" ? "adviser" : "bot", text: r.text || "", author: r.author,
        custom: r.custom && r.custom.type === "safety" ? r.custom : undefined,
        buttons: r.buttons && r.buttons.length ? r.buttons : undefined
      });
      if (!first || (shown && shown.classList.contains("safety") &&
                     !first.classList.contains("safety"))) {
        first = shown || first;
      }
    });
    if (!quiet) { reveal(first); }
  }

  function post(message) {
    return fetch("/api/messages", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender(), message: message, channel: "web",
                             easy_read: !!prefs.easy })
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
    if (shown !== null) { reveal(add({ who: "you", text: shown === undefined ? message : shown })); }
    setBusy(true);
    // Focus goes back to the message box only after the person acted, never on its own.
    var focusAfter = shown !== null && document.activeElement !== input;
    return post(message).then(function (replies) {
      setBusy(false);
      showReplies(replies, shown === null);
      ensureLive();
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

  // Adviser replies arrive on an event stream (Server-Sent Events) as they are written.
  // While it is not connected (no EventSource, a proxy that cuts it, a reconnect), the page
  // polls /updates instead. body[data-live] says which: "on" or "off".
  var stream = null;
  // The stream needs the conversation's key (a cookie the gateway sets on the first reply),
  // so it is (re)opened once a message has been answered, if it is not open already.
  function ensureLive() {
    if (!stream || stream.readyState === 2) { startLive(); }
  }
  function startLive() {
    if (stream) { stream.close(); stream = null; }
    document.body.setAttribute("data-live", "off");
    if (!window.EventSource) { return; }
    stream = new EventSource("/api/conversations/" + encodeURIComponent(sender()) + "/events");
    stream.addEventListener("open", function () { document.body.setAttribute("data-live", "on"); });
    stream.addEventListener("error", function () { document.body.setAttribute("data-live", "off"); });
    stream.addEventListener("adviser", function (e) {
      var messages = [];
      try { messages = JSON.parse(e.data); } catch (err) { return; }
      if (messages && messages.length) { showReplies(messages); }
    });
  }

  function poll() {
    if (document.hidden) { return; }
    if (stream && stream.readyState === 1) { return; }  // the stream brings them
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
      startLive();  // a new conversation id from now on
      while (log.firstChild) { log.removeChild(log.firstChild); }
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
  function toggle(name) { setPref(name, !prefs[name]); }
  function setPref(name, value) {
    prefs[name] = value;
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
        // (with the quick-exit address: Escape 3 times leaves the council page too)
        window.parent.postMessage({ type: "care-chat-close", url: exitAddress() }, "*");
      }
    });
  }

  // Start: show what was said before, or greet; a resume code in the address carries on.
  var before = history();
  before.forEach(render);
  markLatest();
  if (before.length) { form.scrollIntoView({ block: "end" }); }
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
  start.catch(function () { /* shown already */ }).then(ensureLive);
  window.setInterval(poll, POLL_MS);
})();
