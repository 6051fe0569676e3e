/* The reviewer's desk (claims.desk): a job page follows its job; a review page gets keys
   (j/k next/previous claim, e edit, a accept, p publish, r reject, s accept the statistic
   proposal, Esc back to the claim) and name suggestions. Everything here is optional:
   every form works without it. A static file, as the CSP forbids inline scripts. */
(function () {
  "use strict";

  function followJob(box) {
    var wait = 1000;
    function poll() {
      fetch(box.dataset.statusUrl, {credentials: "same-origin", headers: {Accept: "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (state) {
          if (state.finished) { window.location.reload(); } else { window.setTimeout(poll, wait); }
        })
        .catch(function () { window.setTimeout(poll, wait * 3); });
    }
    window.setTimeout(poll, wait);
  }

  function suggestNames(root) {
    var base = root.dataset.namesUrl, timers = {};
    root.addEventListener("input", function (event) {
      var input = event.target, kind = input.dataset && input.dataset.suggest;
      if (!kind) { return; }
      window.clearTimeout(timers[kind]);
      timers[kind] = window.setTimeout(function () {
        fetch(base.replace("KIND", kind) + "?q=" + encodeURIComponent(input.value), {credentials: "same-origin"})
          .then(function (r) { return r.json(); })
          .then(function (data) {
            var list = document.getElementById(input.getAttribute("list"));
            if (!list) { return; }
            list.replaceChildren.apply(list, data.results.map(function (name) {
              var option = document.createElement("option");
              option.value = name;
              return option;
            }));
          });
      }, 150);
    });
  }

  function reviewKeys(root) {
    var rows = Array.prototype.slice.call(root.querySelectorAll(".fc-claim"));
    var current = -1;
    if (!rows.length) { return; }

    function figure(row) { return document.getElementById("f" + row.dataset.claim); }

    function select(i, focus) {
      if (i < 0 || i >= rows.length) { return; }
      if (current >= 0) {
        rows[current].classList.remove("fc-current");
        var old = figure(rows[current]);
        if (old) { old.classList.remove("fc-current"); }
      }
      current = i;
      var row = rows[i], fig = figure(row);
      row.classList.add("fc-current");
      if (fig) {
        fig.classList.add("fc-current");
        fig.scrollIntoView({block: "nearest"});
      }
      if (focus) { row.focus(); }
      row.scrollIntoView({block: "nearest"});
    }

    function press(key) {
      var button = current >= 0 && rows[current].querySelector('[data-key="' + key + '"]');
      if (button) { button.click(); }
    }

    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) { return; }
      var target = event.target;
      if (target.closest && target.closest("input, select, textarea, [contenteditable]")) {
        if (event.key === "Escape" && current >= 0) { event.preventDefault(); select(current, true); }
        if (event.key === "Enter" && target.tagName === "SELECT" && target.form) {
          event.preventDefault();
          target.form.requestSubmit();
        }
        return;
      }
      var key = event.key;
      if (key === "j" || key === "k") {
        event.preventDefault();
        select(current < 0 ? 0 : current + (key === "j" ? 1 : -1), true);
      } else if (key === "e" && current >= 0) {
        event.preventDefault();
        var field = rows[current].querySelector(".fc-edit input:not([type=hidden]), .fc-edit select");
        if (field) { field.focus(); if (field.select) { field.select(); } }
      } else if (key === "a" || key === "p" || key === "r" || key === "s") {
        event.preventDefault();
        press(key);
      }
    });

    root.addEventListener("focusin", function (event) {
      var row = event.target.closest(".fc-claim");
      var i = rows.indexOf(row);
      if (i >= 0 && i !== current) { select(i, false); }
    });

    root.addEventListener("change", function (event) {
      var pick = event.target;
      if (!pick.classList.contains("fc-pick")) { return; }
      var option = pick.options[pick.selectedIndex], form = pick.form;
      if (option && option.dataset.start) {
        form.querySelector('[name="period_start"]').value = option.dataset.start;
        form.querySelector('[name="period_end"]').value = option.dataset.end;
      }
    });

    function fromHash() {
      var row = window.location.hash && document.getElementById(window.location.hash.slice(1));
      var i = rows.indexOf(row);
      if (i >= 0) { select(i, true); }
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var job = document.getElementById("fc-job");
    if (job && job.dataset.finished === "0") { followJob(job); }
    var review = document.querySelector(".fc-review");
    if (review) {
      suggestNames(review);
      reviewKeys(review);
    }
  });
}());
