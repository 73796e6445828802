// The one script of the pages sent as plain HTML (app.rs, `is_plain_page`). Every page
// works without it; it only helps a person on a slow connection see what is happening,
// and keeps what they typed when a form comes back refused.
// Inline in the page (nonce), so it costs no request; no framework, no dependency.
(function () {
  "use strict";
  var root = document.documentElement;
  var progressTimer = 0;

  // A thin line at the top of the page once a navigation has taken longer than a moment.
  function startProgress() {
    window.clearTimeout(progressTimer);
    progressTimer = window.setTimeout(function () {
      root.classList.add("navigating");
      // A link that downloads a file leaves the page where it is: the line goes.
      progressTimer = window.setTimeout(stopProgress, 15000);
    }, 400);
  }

  function stopProgress() {
    window.clearTimeout(progressTimer);
    root.classList.remove("navigating");
  }

  // A form being sent: marked busy, its button says so, and a second press sends nothing
  // (the form's one-time token would make it harmless, but the person would wait twice).
  function markBusy(form, button) {
    form.setAttribute("aria-busy", "true");
    if (button && button.classList.contains("button")) {
      button.setAttribute("data-label", button.textContent);
      button.textContent = document.body.getAttribute("data-sending") || "…";
      button.setAttribute("aria-disabled", "true");
    }
  }

  function clearBusy() {
    var forms = document.querySelectorAll("form[aria-busy='true']");
    for (var i = 0; i < forms.length; i++) {
      forms[i].removeAttribute("aria-busy");
    }
    var buttons = document.querySelectorAll("button[data-label]");
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].textContent = buttons[j].getAttribute("data-label");
      buttons[j].removeAttribute("data-label");
      buttons[j].removeAttribute("aria-disabled");
    }
  }

  // What was typed, kept for the page a refused form comes back to: a form posted without
  // the application's code comes back from the server with its problems but empty. Never
  // a password, a file or a hidden value; only in this tab, and only until the next page.
  var KEPT = "consult-form:";

  function keep(form) {
    var values = [];
    for (var i = 0; i < form.elements.length; i++) {
      var field = form.elements[i];
      if (!field.name || /^(password|file|hidden|submit|button)$/.test(field.type)) {
        continue;
      }
      if ((field.type === "checkbox" || field.type === "radio") && !field.checked) {
        continue;
      }
      values.push([field.name, field.type, field.value]);
    }
    try {
      window.sessionStorage.setItem(KEPT + form.getAttribute("action"), JSON.stringify(values));
    } catch (e) {
      // Storage off or full: the form simply comes back empty.
    }
  }

  function restore() {
    var refused = document.querySelector(".error-summary, [aria-invalid='true']") !== null;
    var forms = document.forms;
    for (var i = 0; i < forms.length; i++) {
      var key = KEPT + forms[i].getAttribute("action");
      var kept = null;
      try {
        kept = JSON.parse(window.sessionStorage.getItem(key) || "null");
        window.sessionStorage.removeItem(key);
      } catch (e) {
        kept = null;
      }
      if (!refused || !kept) {
        continue;
      }
      fill(forms[i], kept);
    }
  }

  // What was sent, back into the fields it was sent from: text as typed, and each group of
  // radios or checkboxes as chosen (a default the server put back does not win).
  function fill(form, kept) {
    var sent = {};
    for (var i = 0; i < kept.length; i++) {
      (sent[kept[i][0]] = sent[kept[i][0]] || []).push(kept[i][2]);
    }
    for (var j = 0; j < form.elements.length; j++) {
      var field = form.elements[j];
      var values = sent[field.name];
      if (!values || /^(password|file|hidden|submit|button)$/.test(field.type)) {
        continue;
      }
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = values.indexOf(field.value) >= 0;
      } else {
        field.value = values[0];
      }
    }
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;
    }
    if (form.getAttribute("aria-busy") === "true") {
      event.preventDefault();
      return;
    }
    if ((form.getAttribute("method") || "").toLowerCase() === "post") {
      keep(form);
    }
    markBusy(form, event.submitter || document.activeElement);
    startProgress();
  });

  // The paper in another language, at the paragraph being read: its link names the opened
  // paragraph, if any; otherwise the first paragraph at the top of the window is added.
  function keepPlace(link) {
    if (!link.classList.contains("paper-language") || link.hash) {
      return;
    }
    var blocks = document.querySelectorAll("article.paper [id]");
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().bottom > 0) {
        link.hash = blocks[i].id;
        return;
      }
    }
  }

  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey) {
      return;
    }
    var link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (link) {
      keepPlace(link);
    }
    if (!link || link.hasAttribute("download") || (link.target && link.target !== "_self") ||
        link.origin !== window.location.origin ||
        (link.pathname === window.location.pathname && link.search === window.location.search &&
         link.hash)) {
      return;
    }
    startProgress();
  });

  // Back to a page kept by the browser (back button): nothing is being sent any more.
  window.addEventListener("pageshow", function () {
    stopProgress();
    clearBusy();
  });

  // A form that came back refused: its error summary takes focus, so that a screen reader
  // reads it first and a keyboard starts from its links (GOV.UK's pattern).
  document.addEventListener("DOMContentLoaded", function () {
    restore();
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
    // A one-time notice ("welcome", after registering) leaves the address once shown: a
    // reload or a bookmark does not show it again.
    var address = new URL(window.location.href);
    if (address.searchParams.has("welcome")) {
      address.searchParams.delete("welcome");
      window.history.replaceState(window.history.state, "", address.pathname + address.search + address.hash);
    }
    document.body.setAttribute("data-enhanced", "true");
  });
})();
