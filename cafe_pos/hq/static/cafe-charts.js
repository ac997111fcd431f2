// The café page's charts (Chart.js 4, served by HQ itself): data from the JSON block the
// server wrote in the page, amounts in cents shown in euros.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chart-data").textContent);
  var euro = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
  var euros = function (cents) { return euro.format(cents / 100); };
  var day = function (iso) { return iso.slice(8, 10) + "/" + iso.slice(5, 7); };
  var colours = ["#1f6f8b", "#e07a1f", "#c9a227", "#6a4c93", "#3a9d5d", "#8a8a8a"];
  Chart.defaults.font.family = "system-ui, sans-serif";
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.animation = false;
  var money = {
    ticks: { callback: function (v) { return euros(v); } },
    beginAtZero: true
  };
  var tooltipEuros = {
    callbacks: { label: function (c) { return c.dataset.label + " : " + euros(c.parsed.y); } }
  };
  new Chart(document.getElementById("chart-turnover"), {
    type: "bar",
    data: {
      labels: data.days.map(day),
      datasets: [
        { label: "CA propre", data: data.own, backgroundColor: colours[0], stack: "s" },
        { label: "Pour des tiers", data: data.third, backgroundColor: colours[1], stack: "s" }
      ]
    },
    options: { scales: { x: { stacked: true }, y: Object.assign({ stacked: true }, money) },
               plugins: { tooltip: tooltipEuros } }
  });
  new Chart(document.getElementById("chart-tickets"), {
    data: {
      labels: data.days.map(day),
      datasets: [
        { type: "bar", label: "Tickets", data: data.tickets, backgroundColor: colours[4], yAxisID: "y" },
        { type: "line", label: "Panier moyen", data: data.basket, borderColor: colours[3],
          backgroundColor: colours[3], yAxisID: "y2", pointRadius: 0, tension: 0.2 }
      ]
    },
    options: {
      scales: {
        y: { beginAtZero: true, title: { display: true, text: "tickets" } },
        y2: Object.assign({ position: "right", grid: { drawOnChartArea: false } }, money)
      },
      plugins: { tooltip: { callbacks: { label: function (c) {
        return c.dataset.label + " : " + (c.dataset.yAxisID === "y2" ? euros(c.parsed.y) : c.parsed.y);
      } } } }
    }
  });
  var weeks = Object.keys(data.weeks);
  new Chart(document.getElementById("chart-mix"), {
    type: "bar",
    data: {
      labels: weeks.map(function (w) { return "sem. du " + day(w); }),
      datasets: data.families.map(function (label, i) {
        return { label: label, data: weeks.map(function (w) { return data.weeks[w][i]; }),
                 backgroundColor: colours[i], stack: "m" };
      })
    },
    options: { scales: { x: { stacked: true }, y: Object.assign({ stacked: true }, money) },
               plugins: { tooltip: tooltipEuros } }
  });
  var hours = [], values = [];
  data.hours.forEach(function (cents, h) {
    if (h >= 6 && h <= 23) { hours.push(h + " h"); values.push(cents); }
  });
  new Chart(document.getElementById("chart-hours"), {
    type: "bar",
    data: { labels: hours, datasets: [{ label: "Encaissé", data: values, backgroundColor: colours[0] }] },
    options: { scales: { y: money }, plugins: { legend: { display: false }, tooltip: tooltipEuros } }
  });
})();
