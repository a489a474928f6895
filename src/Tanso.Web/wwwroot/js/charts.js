// Draws every <canvas data-chart="ID"> from the JSON data block with that id. Without JavaScript the
// table beside each chart, which holds the same figures, is the whole story.
// Data: { kind: "stacked" | "area" | "line" | "bars", unit, labels, datasets: [{ label, color, data }], net?: { label, data },
//         lines?: [{ label, color, dashed, data }] } — "area" stacks the datasets as filled lines (removals below zero);
//         "bars" draws the datasets as bars side by side (e.g. trajectory and actual per sector).
// No page waits for Chart.js: this script is async (Shared/_ChartScripts.cshtml, at the end of the body, so every canvas
// is already parsed) and asks for the library only once DOMContentLoaded has fired, and only where there is a chart.
(function () {
  "use strict";
  var canvases = document.querySelectorAll("canvas[data-chart]");
  if (canvases.length === 0) { return; }
  var lib = document.currentScript && document.currentScript.getAttribute("data-chart-lib");
  if (typeof Chart !== "undefined") { drawAll(); return; }
  if (!lib) { return; }
  var fetchLibrary = function () {
    var script = document.createElement("script");
    script.src = lib;
    script.onload = drawAll;
    document.head.appendChild(script);
  };
  // An async script may run while the parser is still at work, or after DOMContentLoaded.
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fetchLibrary, { once: true }); } else { fetchLibrary(); }

  function drawAll() {
    var lang = document.documentElement.lang;
    var fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    canvases.forEach(function (canvas) {
      var block = document.getElementById(canvas.getAttribute("data-chart"));
      if (!block) { return; }
      var d = JSON.parse(block.textContent);
      var stacked = d.kind !== "line" && d.kind !== "bars";
      var firstOf = {};
      var datasets = d.datasets.map(function (s, i) {
        if (d.kind === "area") {
          // Sources stack up from zero, removals and credits down from zero, each group filled to the line before it.
          var group = s.negative ? "removals" : "sources";
          var fill = firstOf[group] === undefined ? "origin" : firstOf[group];
          firstOf[group] = i;
          return { type: "line", label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color + "cc", fill: fill, stack: group, pointRadius: 0, borderWidth: 1 };
        }
        if (d.kind === "bars") {
          return { type: "bar", label: s.label, data: s.data, backgroundColor: s.color, borderWidth: 0 };
        }
        return stacked
          ? { type: "bar", label: s.label, data: s.data, backgroundColor: s.color, stack: "sectors", borderWidth: 0 }
          : { type: "line", label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color, pointRadius: 3, borderWidth: 2, spanGaps: true };
      });
      (d.lines || []).forEach(function (l, i) {
        datasets.push({
          type: "line", label: l.label, data: l.data, borderColor: l.color, backgroundColor: l.color, stack: "line" + i, fill: false,
          pointRadius: 2, borderWidth: 2, borderDash: l.dashed ? [4, 3] : [], spanGaps: true, order: -2
        });
      });
      if (d.net) {
        datasets.push({
          type: "line", label: d.net.label, data: d.net.data, borderColor: "#1e2124", backgroundColor: "#1e2124", stack: "net", fill: false,
          pointRadius: d.kind === "area" ? 0 : 5, pointStyle: "rectRot", borderWidth: 2, borderDash: [6, 4], order: -1
        });
      }
      canvas.parentElement.classList.add("chart-ready");
      new Chart(canvas, {
        data: { labels: d.labels, datasets: datasets },
        options: {
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: "index", intersect: false },
          scales: { x: { stacked: stacked }, y: { stacked: stacked, title: { display: true, text: d.unit } } },
          plugins: {
            legend: { position: "bottom", labels: { usePointStyle: true } },
            tooltip: {
              callbacks: {
                label: function (ctx) { return ctx.parsed.y === null ? null : ctx.dataset.label + ": " + fmt.format(ctx.parsed.y) + " " + d.unit; }
              }
            }
          }
        }
      });
    });
  }
})();
