// Draws the home page's stacked bar chart from the JSON data block. Without JavaScript the table,
// which holds the same figures, is the whole story.
(function () {
  "use strict";
  var dataBlock = document.getElementById("national-chart-data");
  var canvas = document.getElementById("national-chart");
  if (!dataBlock || !canvas || typeof Chart === "undefined") { return; }
  var d = JSON.parse(dataBlock.textContent);
  var fmt = new Intl.NumberFormat(document.documentElement.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  var datasets = d.datasets.map(function (s) {
    return { type: "bar", label: s.label, data: s.data, backgroundColor: s.color, stack: "sectors", borderWidth: 0 };
  });
  datasets.push({
    type: "line", label: d.net.label, data: d.net.data, borderColor: "#1e2124", backgroundColor: "#1e2124",
    pointRadius: 5, pointStyle: "rectRot", borderWidth: 2, borderDash: [6, 4], order: -1
  });
  canvas.parentElement.classList.add("chart-ready");
  new Chart(canvas, {
    data: { labels: d.labels, datasets: datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, title: { display: true, text: d.unit } }
      },
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
})();
