// The review UI's behaviour: keyboard shortcuts, words linked to the scan, uploads with live status.
// Plain JavaScript, no build step; pages also work without it (forms post and redirect).
(function () {
  "use strict";

  function typing(event) {
    var el = event.target;
    var tag = el && el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (el && el.isContentEditable);
  }

  function go(link) {
    if (link) link.click(); // a boosted link: HTMX swaps the page without a full reload
  }

  // Keyboard -----------------------------------------------------------------------------------
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    var key = event.key;
    var labelForm = document.getElementById("label-form");
    var queue = document.getElementById("queue-table");
    if (labelForm) {
      var choice = labelForm.querySelector('.label-choice[data-key="' + key + '"]');
      if (choice) {
        chooseLabel(labelForm, choice);
        event.preventDefault();
        return;
      }
      if (key === "Enter" && (document.activeElement === document.body || document.activeElement.id === "letter-text")) {
        event.preventDefault();
        labelForm.requestSubmit(document.getElementById("confirm-button"));
        return;
      }
    }
    if (key === "j" || key === "J") {
      if (queue) moveSelection(queue, 1); else go(document.getElementById("next-letter"));
    } else if (key === "k" || key === "K") {
      if (queue) moveSelection(queue, -1); else go(document.getElementById("prev-letter"));
    } else if (key === "Enter" && queue) {
      var row = queue.querySelector("tr.selected");
      if (row && document.activeElement === document.body) go(row.querySelector("a"));
    } else if (key === "/" || key === "s" || key === "S") {
      var search = document.querySelector('.filters input[name="q"]');
      if (search) { search.focus(); event.preventDefault(); }
    }
  });

  function chooseLabel(form, choice) {
    form.querySelectorAll(".label-choice").forEach(function (b) { b.classList.remove("chosen"); });
    choice.classList.add("chosen");
    document.getElementById("chosen-label").value = choice.getAttribute("data-label");
  }

  function moveSelection(table, step) {
    var rows = Array.prototype.slice.call(table.querySelectorAll("tr.row"));
    if (!rows.length) return;
    var index = rows.findIndex(function (r) { return r.classList.contains("selected"); });
    index = Math.min(Math.max(index + step, 0), rows.length - 1);
    rows.forEach(function (r) { r.classList.remove("selected"); });
    rows[index].classList.add("selected");
    rows[index].scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest("table.queue tr.row");
    if (row && !event.target.closest("a")) go(row.querySelector("a"));
    var word = event.target.closest && event.target.closest("#letter-text .w");
    if (word) showWords([word]);
    var evidence = event.target.closest && event.target.closest("button.evidence");
    if (evidence) showEvidence(evidence.getAttribute("data-flag"));
  });

  // Words on the scan ----------------------------------------------------------------------------
  function wordBoxes() {
    var node = document.getElementById("word-boxes");
    return node ? JSON.parse(node.textContent || "{}") : {};
  }

  function showWords(spans) {
    var boxes = wordBoxes();
    document.querySelectorAll(".boxes").forEach(function (layer) { layer.innerHTML = ""; });
    document.querySelectorAll("#letter-text .w.on").forEach(function (w) { w.classList.remove("on"); });
    var first = null;
    spans.forEach(function (span) {
      if (!span.classList.contains("w")) return;
      span.classList.add("on");
      var page = span.getAttribute("data-p");
      var box = (boxes[page] || [])[Number(span.getAttribute("data-i"))];
      var layer = document.querySelector('.page[data-page="' + page + '"] .boxes');
      if (!box || !layer) return;
      var mark = document.createElement("div");
      mark.className = "box";
      mark.style.left = box[0] * 100 + "%";
      mark.style.top = box[1] * 100 + "%";
      mark.style.width = box[2] * 100 + "%";
      mark.style.height = box[3] * 100 + "%";
      layer.appendChild(mark);
      first = first || mark;
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("mouseup", function () {
    var text = document.getElementById("letter-text");
    var selection = window.getSelection();
    if (!text || !selection || selection.isCollapsed || !text.contains(selection.anchorNode)) return;
    var picked = Array.prototype.filter.call(text.querySelectorAll(".w"), function (w) {
      return selection.containsNode(w, true);
    });
    if (picked.length) showWords(picked);
  });

  function showEvidence(code) {
    var marks = Array.prototype.filter.call(document.querySelectorAll("#letter-text .ev"), function (m) {
      return (" " + m.getAttribute("data-flags") + " ").indexOf(" " + code + " ") >= 0;
    });
    if (!marks.length) return;
    marks.forEach(function (m) { m.classList.add("pulse"); });
    setTimeout(function () { marks.forEach(function (m) { m.classList.remove("pulse"); }); }, 1500);
    marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
    showWords(marks);
  }

  // Uploads ------------------------------------------------------------------------------------
  var FINAL = { analyzed: true, failed: true, reviewed: true };
  var pollTimer = null;

  function initUpload() {
    var form = document.getElementById("upload-form");
    if (!form || form.getAttribute("data-ready")) return;
    form.setAttribute("data-ready", "1");
    var input = document.getElementById("files");
    input.addEventListener("change", function () { sendAll(form, input.files); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (name) {
      form.addEventListener(name, function (e) { e.preventDefault(); form.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      form.addEventListener(name, function (e) { e.preventDefault(); form.classList.remove("over"); });
    });
    form.addEventListener("drop", function (e) { sendAll(form, e.dataTransfer.files); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    schedulePoll();
  }

  function statusText(status) {
    var node = document.querySelector('#status-texts');
    var span = node && node.content.querySelector('[data-status="' + status + '"]');
    return span ? span.textContent : status;
  }

  function csrfToken() {
    var field = document.querySelector('#upload-form input[name="csrf"]');
    return field ? field.value : "";
  }

  function sendAll(form, files) {
    Array.prototype.forEach.call(files, function (file) { send(form, file); });
  }

  function send(form, file) {
    var rows = document.getElementById("upload-rows");
    var row = document.createElement("tr");
    row.innerHTML = '<td class="name"></td><td><progress max="100" value="0"></progress></td>' +
      '<td class="status"></td><td class="actions"></td>';
    row.querySelector(".name").textContent = file.name;
    row.querySelector(".status").textContent = form.getAttribute("data-uploading");
    rows.insertBefore(row, rows.firstChild);
    var data = new FormData();
    data.append("csrf", csrfToken());
    data.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/upload");
    xhr.setRequestHeader("X-CSRF-Token", csrfToken());
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) row.querySelector("progress").value = Math.round((e.loaded / e.total) * 100);
    });
    xhr.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = {}; }
      row.querySelector("progress").value = 100;
      if (xhr.status >= 400 || !body.id) {
        row.querySelector(".status").textContent = form.getAttribute("data-refused") + ": " + (body.message || xhr.status);
        row.querySelector(".status").className = "status s-failed";
        return;
      }
      row.setAttribute("data-id", body.id);
      setStatus(row, { status: body.status });
      if (body.existing) row.querySelector(".name").textContent += " (" + form.getAttribute("data-existing") + ")";
      schedulePoll();
    });
    xhr.addEventListener("error", function () {
      row.querySelector(".status").textContent = form.getAttribute("data-refused");
    });
    xhr.send(data);
  }

  function setStatus(row, item) {
    var form = document.getElementById("upload-form");
    row.setAttribute("data-status", item.status);
    var cell = row.querySelector(".status");
    cell.className = "status s-" + item.status;
    cell.textContent = statusText(item.status);
    if (item.status === "failed") {
      var reason = document.createElement("span");
      reason.className = "reason";
      reason.textContent = ": " + ((form && form.getAttribute("data-lang") === "en" ? item.error_en : item.error_vi) || "");
      cell.appendChild(reason);
    }
    var actions = row.querySelector(".actions");
    actions.innerHTML = "";
    var id = row.getAttribute("data-id");
    if (item.status === "failed") {
      var retry = document.createElement("button");
      retry.className = "retry";
      retry.setAttribute("data-id", id);
      retry.textContent = form ? form.getAttribute("data-retry") : "Retry";
      actions.appendChild(retry);
    } else if (item.status === "analyzed" || item.status === "reviewed") {
      var open = document.createElement("a");
      open.href = "/letters/" + id;
      open.textContent = form ? form.getAttribute("data-open") : "Open";
      actions.appendChild(open);
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("#upload-rows button.retry");
    if (!button) return;
    var id = button.getAttribute("data-id");
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/letters/" + id + "/retry");
    xhr.setRequestHeader("X-CSRF-Token", csrfToken());
    xhr.addEventListener("load", function () {
      var row = button.closest("tr");
      if (xhr.status < 400) { setStatus(row, { status: "received" }); schedulePoll(); }
    });
    xhr.send();
  });

  function pending() {
    return Array.prototype.filter.call(document.querySelectorAll("#upload-rows tr[data-id]"), function (row) {
      return !FINAL[row.getAttribute("data-status")];
    });
  }

  function schedulePoll() {
    if (pollTimer === null) pollTimer = setTimeout(poll, 1500);
  }

  function poll() {
    pollTimer = null;
    var rows = pending();
    if (!rows.length) return;
    var ids = rows.map(function (r) { return r.getAttribute("data-id"); });
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/letters/status?ids=" + ids.join(","));
    xhr.addEventListener("load", function () {
      if (xhr.status === 200) {
        JSON.parse(xhr.responseText).items.forEach(function (item) {
          document.querySelectorAll('#upload-rows tr[data-id="' + item.id + '"]').forEach(function (row) {
            if (row.getAttribute("data-status") !== item.status) setStatus(row, item);
          });
        });
      }
      schedulePoll();
    });
    xhr.addEventListener("error", schedulePoll);
    xhr.send();
  }

  function init() {
    initUpload();
    var search = document.querySelector('.filters input[name="q"]');
    if (search && !search.value && document.getElementById("queue-table")) {
      var first = document.querySelector("#queue-table tr.row");
      if (first) first.classList.add("selected");
    }
  }
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
})();
