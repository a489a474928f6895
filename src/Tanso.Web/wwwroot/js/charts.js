// Draws every <canvas data-chart="ID"> from the JSON data block with that id. Without JavaScript the
// table beside each chart, which holds the same figures, is the whole story.
// Data: { kind: "stacked" | "line", unit, labels, datasets: [{ label, color, data }], net?: { label, data } }
(function () {
  "use strict";
  if (typeof Chart === "undefined") { return; }
  var lang = document.documentElement.lang;
  var fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var block = document.getElementById(canvas.getAttribute("data-chart"));
    if (!block) { return; }
    var d = JSON.parse(block.textContent);
    var stacked = d.kind !== "line";
    var datasets = d.datasets.map(function (s) {
      return stacked
        ? { type: "bar", label: s.label, data: s.data, backgroundColor: s.color, stack: "sectors", borderWidth: 0 }
        : { type: "line", label: s.label, data: s.data, borderColor: s.color, backgroundColor: s.color, pointRadius: 3, borderWidth: 2, spanGaps: true };
    });
    if (d.net) {
      datasets.push({
        type: "line", label: d.net.label, data: d.net.data, borderColor: "#1e2124", backgroundColor: "#1e2124",
        pointRadius: 5, pointStyle: "rectRot", borderWidth: 2, borderDash: [6, 4], order: -1
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
})();
