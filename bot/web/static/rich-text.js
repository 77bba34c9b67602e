/* Turns the bot's plain text into DOM nodes people can act on: UK phone numbers become
 * tap-to-call (tel:) links, "text SHOUT to 85258" becomes a text-message (sms:) link, web and
 * email addresses become links. And draws the crisis block from a Rasa custom payload
 *   {"type": "safety", "heading": "...", "lines": ["..."],
 *    "numbers": [{"label": "...", "number": "999", "href": "tel:999"}]}
 * Only DOM calls (createElement, textContent), never innerHTML: every word stays text.
 * No lookbehind in the patterns, so older Safari can read this file. */
(function () {
  "use strict";

  // One pattern, tried left to right; which group matched says what it is.
  //  1 web address   2 www. address   3 email
  //  4 "text/send WORD to" before 5 a short code
  //  6 a UK number: 0... or +44..., 10 or 11 digits with spaces or dashes
  //  7 a short public number: 999, 111, 101, 116 xxx
  var PATTERN = new RegExp([
    "(https?:\\/\\/[^\\s<>\"]+)",
    "|\\b(www\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:\\/[^\\s<>\"]*)?)",
    "|\\b([a-z0-9._%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)",
    "|(\\b(?:text|send)\\s+(?:[A-Z]{2,12}\\s+)?to\\s+)(\\d{5,6})\\b",
    "|((?:\\+44\\s?(?:\\(0\\)\\s?)?\\d|\\b0\\d)(?:[ -]?\\d){8,9})(?![\\d\\w])",
    "|\\b(999|111|101|116[ -]?\\d{3})(?![\\d\\w])"
  ].join(""), "gi");

  var TRAILING = /[.,;:!?)\]]+$/;

  function link(href, text, external) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    if (external) {
      a.rel = "noopener noreferrer";
      a.target = "_blank";
    }
    return a;
  }

  function digits(number) {
    var plus = /^\s*\+/.test(number) ? "+" : "";
    var d = number.replace(/\(0\)/, "").replace(/\D/g, "");
    return plus + d;
  }

  // Appends text to node with its numbers and addresses as links.
  function fill(node, text) {
    text = String(text === undefined || text === null ? "" : text);
    var at = 0;
    var m;
    PATTERN.lastIndex = 0;
    while ((m = PATTERN.exec(text)) !== null) {
      var whole = m[0];
      var start = m.index;
      var before = "";
      var a;
      if (m[1] || m[2]) {
        var address = m[1] || m[2];
        var tail = (address.match(TRAILING) || [""])[0];
        address = address.slice(0, address.length - tail.length);
        whole = address;
        a = link(m[1] ? address : "https://" + address, address, true);
      } else if (m[3]) {
        var email = m[3].replace(TRAILING, "");
        whole = email;
        a = link("mailto:" + email, email, false);
      } else if (m[5]) {
        before = m[4];
        var word = /(?:text|send)\s+([A-Z]{2,12})\s+to/i.exec(before);
        a = link("sms:" + m[5] + (word ? "?body=" + encodeURIComponent(word[1]) : ""), m[5], false);
        whole = m[5];
        start = m.index + before.length;
      } else {
        var number = (m[6] || m[7]).replace(/[ -]+$/, "");
        whole = number;
        a = link("tel:" + digits(number), number, false);
      }
      if (start > at) { node.appendChild(document.createTextNode(text.slice(at, start))); }
      node.appendChild(a);
      at = start + whole.length;
      PATTERN.lastIndex = at;
    }
    if (at < text.length) { node.appendChild(document.createTextNode(text.slice(at))); }
    return node;
  }

  var SAFE_HREF = /^(tel:\+?[0-9]{3,15}|sms:\+?[0-9]{3,15}(\?body=[A-Za-z0-9%+]{0,40})?)$/;

  // The href to use for one number of the crisis block: the one given when it is a plain
  // tel: or sms: address, else a tel: address made from the number's digits.
  function numberHref(item) {
    var href = String(item.href || "").replace(/\s+/g, "");
    if (SAFE_HREF.test(href)) { return href; }
    var d = digits(String(item.number || ""));
    return d ? "tel:" + d : null;
  }

  function isEmergency(item) {
    return digits(String(item.number || "")) === "999";
  }

  var blockCount = 0;

  // The crisis block: one labelled region, the heading first, then every number as a big
  // tap-to-call (or text) link with 999 first, then the other lines.
  function safetyBlock(custom) {
    blockCount += 1;
    var region = document.createElement("section");
    region.className = "safety-block";
    var headingId = "safety-heading-" + blockCount + "-" + Date.now().toString(36);
    region.setAttribute("aria-labelledby", headingId);
    var heading = document.createElement("h3");
    heading.id = headingId;
    heading.className = "safety-heading";
    heading.textContent = custom.heading || "If anyone is in danger now, call 999";
    region.appendChild(heading);

    var numbers = (custom.numbers || []).filter(function (n) { return n && n.number; });
    numbers.sort(function (a, b) { return (isEmergency(b) ? 1 : 0) - (isEmergency(a) ? 1 : 0); });
    if (numbers.length) {
      var list = document.createElement("ul");
      list.className = "safety-numbers";
      numbers.forEach(function (item) {
        var href = numberHref(item);
        var li = document.createElement("li");
        var target = href ? document.createElement("a") : document.createElement("span");
        target.className = "safety-number" + (isEmergency(item) ? " emergency" : "");
        if (href) { target.href = href; }
        var verb = document.createElement("span");
        verb.className = "visually-hidden";
        var texting = href && href.indexOf("sms:") === 0;
        verb.textContent = texting ? (/^text\b/i.test(item.label || "") ? "" : "Text ") : "Call ";
        var label = document.createElement("span");
        label.className = "safety-label";
        label.textContent = item.label || "";
        var number = document.createElement("span");
        number.className = "safety-digits";
        number.textContent = item.number;
        if (href && verb.textContent) { target.appendChild(verb); }
        target.appendChild(label);
        target.appendChild(document.createTextNode(" "));
        target.appendChild(number);
        li.appendChild(target);
        list.appendChild(li);
      });
      region.appendChild(list);
    }
    (custom.lines || []).forEach(function (line) {
      var p = document.createElement("p");
      fill(p, line);
      region.appendChild(p);
    });
    return region;
  }

  window.careRichText = { fill: fill, safetyBlock: safetyBlock, telHref: numberHref };
})();
