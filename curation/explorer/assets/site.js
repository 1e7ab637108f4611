// Sortable tables: a table with class "sortable" sorts by the column whose header button is
// pressed (mouse, Enter or Space), ascending then descending; aria-sort tells screen readers.
(function () {
  "use strict";
  function key(cell, numeric) {
    var text = cell.textContent.trim();
    if (!numeric) return text.toLocaleLowerCase("sv");
    var n = parseFloat(text.replace(",", "."));
    return isNaN(n) ? -Infinity : n;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var numeric = th.dataset.type === "number";
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
          return {row: row, k: key(row.cells[col], numeric), i: i};
        });
        rows.sort(function (a, b) {
          if (a.k < b.k) return -dir;
          if (a.k > b.k) return dir;
          return a.i - b.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });
})();
