// The preview's chart layer: draws each embedded chart of the tab shown (view.charts, values
// computed by HyperFormula on the server) as an SVG, in a panel above the grid, in the order of
// their anchors and the tab's direction. Bars, columns and lines, the chart's own colours, title,
// legend and axis format (percent). Text goes in with textContent only.
(function () {
  'use strict';
  var NS = 'http://www.w3.org/2000/svg';

  function svg(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function format(value, percent) {
    if (value === null || value === undefined) return '';
    if (percent) return (Math.round(value * 1000) / 10) + '%';
    return Math.abs(value) >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 100) / 100);
  }

  function isPercent(chart, axis) {
    var o = chart.options[axis];
    if (o && o.format === 'percent') return true;
    var many = chart.options.vAxes;
    return axis === 'vAxis' && many && many[0] && many[0].format === 'percent';
  }

  function drawChart(chart) {
    var W = chart.width, H = chart.height;
    var root = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'data-type': chart.type, class: 'chart' });
    root.appendChild(svg('rect', { x: 0, y: 0, width: W, height: H, fill: '#fff', stroke: '#dadce0' }));
    root.appendChild(svg('text', { x: W / 2, y: 22, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 'bold' }, chart.title));
    var colors = chart.options.colors || ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];
    var reversed = chart.options.hAxis && chart.options.hAxis.direction === -1;
    var left = 60, right = 20, top = 36, bottom = 70;
    var pw = W - left - right, ph = H - top - bottom;
    var n = chart.labels.length;
    var series = chart.series;
    // Two axes (ROI and cost per click): each series on its own scale, the second one's on the other side.
    var twoAxes = chart.options.series && chart.options.series[1] && chart.options.series[1].targetAxisIndex === 1;
    function extent(list) {
      var values = [];
      list.forEach(function (s) { s.values.forEach(function (v) { if (v !== null) values.push(v); }); });
      var min = Math.min(0, Math.min.apply(null, values.concat([0])));
      var max = Math.max.apply(null, values.concat([0]));
      if (max === min) max = min + 1;
      return { min: min, max: max };
    }
    var scales = series.map(function (s, i) { return twoAxes ? extent([s]) : extent(series); });
    var horizontal = chart.type === 'BAR';
    var percentValues = isPercent(chart, horizontal ? 'hAxis' : 'vAxis');
    var plot = svg('g', { class: 'plot' });
    root.appendChild(plot);
    plot.appendChild(svg('rect', { x: left, y: top, width: pw, height: ph, fill: 'none', stroke: '#eee' }));
    function xAt(i, width) {
      var x = left + (i + 0.5) * width;
      return reversed ? left + pw - (x - left) : x;
    }
    if (n === 0) {
      root.appendChild(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', fill: '#888' }, 'No data'));
      return root;
    }
    if (horizontal) {
      var band = ph / n, s0 = scales[0];
      var val = function (v) { var x = left + ((v - s0.min) / (s0.max - s0.min)) * pw; return reversed ? left + pw - (x - left) : x; };
      chart.labels.forEach(function (label, i) {
        var y = top + i * band;
        plot.appendChild(svg('text', { x: reversed ? left + pw + 4 : left - 4, y: y + band / 2 + 4, 'text-anchor': reversed ? 'start' : 'end', 'font-size': 10 }, label.slice(0, 18)));
        series.forEach(function (s, j) {
          var v = s.values[i];
          if (v === null) return;
          var h = band * 0.8 / series.length, x0 = val(0), x1 = val(v);
          plot.appendChild(svg('rect', { x: Math.min(x0, x1), y: y + band * 0.1 + j * h, width: Math.max(1, Math.abs(x1 - x0)), height: h, fill: colors[j % colors.length], 'data-value': v }));
        });
      });
      [s0.min, s0.max].forEach(function (v) { plot.appendChild(svg('text', { x: val(v), y: top + ph + 14, 'text-anchor': 'middle', 'font-size': 10 }, format(v, percentValues))); });
    } else {
      var width = pw / n;
      var yAt = function (v, k) { var s = scales[k]; return top + ph - ((v - s.min) / (s.max - s.min)) * ph; };
      var every = Math.max(1, Math.ceil(n / 8));
      chart.labels.forEach(function (label, i) {
        if (i % every) return;
        plot.appendChild(svg('text', { x: xAt(i, width), y: top + ph + 14, 'text-anchor': 'middle', 'font-size': 10 }, label.slice(0, 14)));
      });
      series.forEach(function (s, j) {
        var color = colors[j % colors.length];
        if (chart.type === 'LINE') {
          var d = '', pen = false;
          s.values.forEach(function (v, i) {
            if (v === null) { pen = false; return; }
            d += (pen ? 'L' : 'M') + xAt(i, width).toFixed(1) + ' ' + yAt(v, j).toFixed(1);
            pen = true;
            plot.appendChild(svg('circle', { cx: xAt(i, width), cy: yAt(v, j), r: 3, fill: color, 'data-value': v }));
          });
          if (d) plot.appendChild(svg('path', { d: d, fill: 'none', stroke: color, 'stroke-width': 2 }));
        } else {
          var bw = width * 0.8 / series.length;
          s.values.forEach(function (v, i) {
            if (v === null) return;
            var x = xAt(i, width) - width * 0.4 + (reversed ? series.length - 1 - j : j) * bw;
            var y0 = yAt(0, j), y1 = yAt(v, j);
            plot.appendChild(svg('rect', { x: x, y: Math.min(y0, y1), width: bw, height: Math.max(1, Math.abs(y1 - y0)), fill: color, 'data-value': v }));
          });
        }
      });
      var s0v = scales[0];
      var axisX = reversed ? left + pw + 4 : left - 4;
      [s0v.min, s0v.max].forEach(function (v) {
        plot.appendChild(svg('text', { x: axisX, y: yAt(v, 0) + 4, 'text-anchor': reversed ? 'start' : 'end', 'font-size': 10 }, format(v, percentValues)));
      });
    }
    // Legend: one swatch per series, in the chart's colours.
    var lx = 10;
    series.forEach(function (s, j) {
      var g = svg('g', { class: 'legend' });
      g.appendChild(svg('rect', { x: lx, y: H - 22, width: 10, height: 10, fill: colors[j % colors.length] }));
      var t = svg('text', { x: lx + 14, y: H - 13, 'font-size': 11 }, s.name);
      g.appendChild(t);
      root.appendChild(g);
      lx += 24 + 7 * s.name.length;
    });
    return root;
  }

  function draw(view) {
    var panel = document.getElementById('charts');
    if (!panel) return;
    while (panel.firstChild) panel.removeChild(panel.firstChild);
    var charts = (view.charts || []).slice().sort(function (a, b) { return a.anchorRow - b.anchorRow || a.anchorColumn - b.anchorColumn; });
    panel.hidden = charts.length === 0;
    panel.setAttribute('dir', view.sheet && view.sheet.rightToLeft ? 'rtl' : 'ltr');
    charts.forEach(function (chart) {
      var box = document.createElement('figure');
      box.className = 'chart-box';
      box.setAttribute('data-title', chart.title);
      box.appendChild(drawChart(chart));
      panel.appendChild(box);
    });
  }

  window.previewCharts = { draw: draw };
})();
