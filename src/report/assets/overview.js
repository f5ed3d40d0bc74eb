// The overview's behaviour, over d3 v5 (Debian's node-d3). All text from the
// documents is set with textContent or as an attribute value, never parsed
// as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var byId = function (id) { return document.getElementById(id); };

  var KIND_COLOURS = {
    "document": "#4c72b0", "resolution": "#dd8452", "symbol": "#937860", "treaty": "#55a868",
    "sdg-goal": "#c44e52", "sdg-target": "#e17c80", "sdg-indicator": "#f2b8ba"
  };
  var colour = function (kind) { return KIND_COLOURS[kind] || "#8c8c8c"; };
  var fmt = function (v) { return v === null || v === undefined ? "" : String(v); };

  // ---- Header ---------------------------------------------------------------
  document.title = data.title;
  byId("title").textContent = data.title;
  var c = data.counts;
  byId("counts").textContent = c.documents + " documents, " + c.targets + " cited targets, " + c.mentions +
    " mentions; " + c.vertices + " vertices and " + c.edges + " edges" +
    (c.first_year ? "; documents dated " + c.first_year + "–" + c.last_year : "");

  // ---- Graph ----------------------------------------------------------------
  var nodes = data.graph.nodes, links = data.graph.links;
  var svg = d3.select("#graph");
  var width = byId("graph").clientWidth || 1100, height = byId("graph").clientHeight || 640;
  var years = nodes.filter(function (n) { return n.year !== null; }).map(function (n) { return n.year; });
  var minYear = years.length ? d3.min(years) : 2000, maxYear = years.length ? d3.max(years) : 2000;
  // Years to scale: a column for every year from the first to the last, so
  // that distance is time and a year without documents keeps its space. A
  // long empty stretch (a treaty of 1926 before papers of 2012-2022) is one
  // column marked as a break instead, or it would squeeze the corpus into a
  // sliver. One more column at the right for what has no known year.
  var present = new Set(years), columns = [];
  for (var y = minYear; years.length && y <= maxYear; ++y) {
    if (present.has(y)) { columns.push({ year: y }); continue; }
    var last = y;
    while (last + 1 <= maxYear && !present.has(last + 1)) ++last;
    if (last - y + 1 >= 4) {
      columns.push({ gap: [y, last] });
    } else {
      for (var z = y; z <= last; ++z) columns.push({ year: z });
    }
    y = last;
  }
  var columnOf = new Map();
  columns.forEach(function (c, k) { if (c.year !== undefined) columnOf.set(c.year, k); });
  var span = columns.length;
  var column = Math.max(60, Math.min(140, (width - 80) / (span + 1)));
  var xOf = function (n) { return ((n.year === null ? span : columnOf.get(n.year)) + 0.5) * column; };
  var radius = function (n) { return 3 + 2 * Math.sqrt(n.cited); };
  nodes.forEach(function (n) { n.x = xOf(n) + (Math.random() - 0.5) * 4; n.y = (Math.random() - 0.5) * height / 2; });

  var sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).distance(30).strength(0.02))
    .force("charge", d3.forceManyBody().strength(-40).theta(0.9).distanceMax(400))
    .force("x", d3.forceX(xOf).strength(1))
    .force("y", d3.forceY(0).strength(0.02))
    .force("collide", d3.forceCollide(function (n) { return radius(n) + 4; }))
    .stop();
  // Laid out before drawing: one DOM update instead of one per tick.
  var ticks = nodes.length > 1000 ? 120 : 250;
  for (var i = 0; i < ticks; ++i) sim.tick();
  nodes.forEach(function (n) { n.x = xOf(n) + Math.max(-column * 0.45, Math.min(column * 0.45, n.x - xOf(n))); });

  var root = svg.append("g");
  var axis = root.append("g");
  var yExtent = d3.extent(nodes, function (n) { return n.y; });
  var top = (yExtent[0] || 0) - 30, bottom = (yExtent[1] || 0) + 20;
  for (var k = 0; k <= span; ++k) {
    var x0 = k * column, c = columns[k];
    axis.append("line").attr("class", "year-line").attr("x1", x0).attr("x2", x0).attr("y1", top).attr("y2", bottom);
    var label = axis.append("text").attr("class", "year-label").attr("x", x0 + column / 2).attr("y", top + 12)
      .attr("text-anchor", "middle")
      .text(k === span ? "no year" : c.gap ? "\u22EF" : String(c.year));
    if (c && c.gap) label.append("title").text(c.gap[0] + "\u2013" + c.gap[1] + ": nothing dated (not to scale)");
  }

  var tooltip = byId("tooltip");
  var showTip = function (text) {
    var box = byId("graph-box").getBoundingClientRect();
    tooltip.textContent = text;
    tooltip.hidden = false;
    tooltip.style.left = Math.min(d3.event.clientX - box.left + 12, box.width - 300) + "px";
    tooltip.style.top = (d3.event.clientY - box.top + 12) + "px";
  };
  var hideTip = function () { tooltip.hidden = true; };

  var link = root.append("g").selectAll("line").data(links).enter().append("line")
    .attr("class", function (l) { return "link " + l.type; })
    .attr("stroke-width", function (l) { return l.type === "cites" ? Math.min(6, 0.6 + Math.log2(1 + l.mentions)) : 1; })
    .attr("x1", function (l) { return l.source.x; }).attr("y1", function (l) { return l.source.y; })
    .attr("x2", function (l) { return l.target.x; }).attr("y2", function (l) { return l.target.y; })
    .on("mousemove", function (l) {
      if (l.type !== "cites") { showTip(l.source.label + " is part of " + l.target.label); return; }
      showTip(l.source.label + " → " + l.target.label + "\n" + l.mentions + " mention" + (l.mentions === 1 ? "" : "s") +
        (l.pages ? ", pages " + l.pages : "") + (l.context ? "\n“" + l.context + "”" : ""));
    })
    .on("mouseout", hideTip);

  var node = root.append("g").selectAll(".node").data(nodes).enter()
    .append(function (n) {
      return document.createElementNS("http://www.w3.org/2000/svg", n.corpus ? "rect" : "circle");
    })
    .attr("class", function (n) { return "node" + (n.corpus ? " doc" : ""); })
    .attr("fill", function (n) { return colour(n.kind); })
    .each(function (n) {
      var r = radius(n), el = d3.select(this);
      if (n.corpus) el.attr("x", n.x - r).attr("y", n.y - r).attr("width", 2 * r).attr("height", 2 * r);
      else el.attr("cx", n.x).attr("cy", n.y).attr("r", r);
    })
    .on("mousemove", function (n) {
      showTip(n.label + (n.title && n.title !== n.label ? "\n" + n.title : "") + "\n" + n.kind +
        (n.year !== null ? ", " + n.year : "") + (n.cited ? "\ncited by " + n.cited + " document" + (n.cited === 1 ? "" : "s") : ""));
    })
    .on("mouseout", hideTip)
    .on("click", function (n) { window.location.href = n.page; });

  // Names of the most-cited vertices, so the drawing reads without hovering.
  var named = nodes.slice().sort(function (a, b) { return b.cited - a.cited; }).slice(0, 25)
    .filter(function (n) { return n.cited > 0; });
  var label = root.append("g").selectAll("text").data(named).enter().append("text")
    .attr("class", "node-label").attr("x", function (n) { return n.x + radius(n) + 2; })
    .attr("y", function (n) { return n.y + 3; }).text(function (n) { return n.label; });
  // Documents sit close together in their years, and names written over
  // each other read as neither: the most-cited name keeps its place, a later
  // one tries the vertex's left side, then goes to the tooltip alone. Boxes
  // are in graph units, so what does not overlap here does not at any zoom.
  var taken = [];
  var free = function (b) {
    return taken.every(function (t) { return b.x1 <= t.x0 || t.x1 <= b.x0 || b.y1 <= t.y0 || t.y1 <= b.y0; });
  };
  label.each(function (n) {
    var el = d3.select(this), w = this.getComputedTextLength(), r = radius(n);
    var y0 = n.y + 3 - 11, y1 = n.y + 3 + 3;  // a 10 px font with its white outline
    var right = { x0: n.x + r + 2, x1: n.x + r + 2 + w, y0: y0, y1: y1 };
    var left = { x0: n.x - r - 2 - w, x1: n.x - r - 2, y0: y0, y1: y1 };
    n.labelled = true;
    if (free(right)) { taken.push(right); return; }
    if (free(left)) { taken.push(left); el.attr("x", left.x1).attr("text-anchor", "end"); return; }
    n.labelled = false;
  });

  var zoom = d3.zoom().scaleExtent([0.05, 12]).on("zoom", function () { root.attr("transform", d3.event.transform); });
  svg.call(zoom);
  // Fits the columns from..to (inclusive) and the vertices drawn in them.
  var fitColumns = function (from, to) {
    var x0 = from * column, x1 = (to + 1) * column, lo = Infinity, hi = -Infinity;
    nodes.forEach(function (n) { if (n.x >= x0 && n.x <= x1) { lo = Math.min(lo, n.y); hi = Math.max(hi, n.y); } });
    if (lo > hi) { lo = top; hi = bottom; }
    lo = Math.max(top, lo - 30); hi = Math.min(bottom, hi + 20);
    var w = x1 - x0, h = hi - lo;
    var k = Math.min(width / (w + 40), height / (h + 40), 2);
    svg.call(zoom.transform, d3.zoomIdentity.translate(width / 2 - k * (x0 + w / 2), height / 2 - k * (lo + h / 2)).scale(k));
  };
  // The first view is the corpus's own years and the undated column: the
  // targets dated decades earlier (a treaty of 1926) would otherwise shrink
  // the papers into a thin band. "Whole graph" shows them all.
  var docColumns = nodes.filter(function (n) { return n.corpus && n.year !== null; })
    .map(function (n) { return columnOf.get(n.year); });
  var firstDocColumn = docColumns.length ? d3.min(docColumns) : 0;
  var fitDocuments = function () { fitColumns(firstDocColumn, span); };
  var fitAll = function () { fitColumns(0, span); };
  fitDocuments();
  byId("reset-view").addEventListener("click", fitDocuments);
  byId("whole-graph").addEventListener("click", fitAll);

  // Filters: kinds present, year range, undated.
  var kinds = Array.from(new Set(nodes.map(function (n) { return n.kind; }))).sort();
  var kindOn = {};
  var kindBox = byId("kind-filter");
  kinds.forEach(function (k) {
    kindOn[k] = true;
    var lab = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = k; box.className = "kind";
    box.addEventListener("change", function () { kindOn[k] = box.checked; applyFilters(); });
    var key = document.createElement("span");
    key.className = "legend-key"; key.style.background = colour(k);
    if (k === "document") key.style.borderRadius = "0";
    lab.appendChild(box); lab.appendChild(key); lab.appendChild(document.createTextNode(k));
    kindBox.appendChild(lab);
  });
  var yearFrom = byId("year-from"), yearTo = byId("year-to"), undated = byId("show-undated");
  if (years.length) { yearFrom.value = minYear; yearTo.value = maxYear; }
  [yearFrom, yearTo, undated].forEach(function (el) { el.addEventListener("input", applyFilters); el.addEventListener("change", applyFilters); });

  function visible(n) {
    if (!kindOn[n.kind]) return false;
    if (n.year === null) return undated.checked;
    var from = parseInt(yearFrom.value, 10), to = parseInt(yearTo.value, 10);
    return !(from && n.year < from) && !(to && n.year > to);
  }
  function applyFilters() {
    nodes.forEach(function (n) { n.shown = visible(n); });
    node.style("display", function (n) { return n.shown ? null : "none"; });
    label.style("display", function (n) { return n.shown && n.labelled ? null : "none"; });
    link.style("display", function (l) { return l.source.shown && l.target.shown ? null : "none"; });
    var shown = nodes.filter(function (n) { return n.shown; }).length;
    byId("graph").setAttribute("data-shown", shown);
    byId("graph-status").textContent = "Showing " + shown + " of " + nodes.length + " vertices" +
      (data.graph.total_vertices > nodes.length ? " (the " + nodes.length + " around the most-cited targets, of " +
        data.graph.total_vertices + " in the graph; the tables list all)" : "") + ".";
  }
  applyFilters();

  // Search: matches outlined, the rest dimmed; Enter centres the first match.
  var search = byId("search");
  var matches = [];
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    matches = q ? nodes.filter(function (n) {
      return n.id.toLowerCase().indexOf(q) >= 0 || n.label.toLowerCase().indexOf(q) >= 0 ||
        (n.title || "").toLowerCase().indexOf(q) >= 0;
    }) : [];
    var hit = new Set(matches);
    node.classed("match", function (n) { return hit.has(n); }).classed("dim", function (n) { return q !== "" && !hit.has(n); });
    link.classed("dim", function (l) { return q !== "" && !hit.has(l.source) && !hit.has(l.target); });
    byId("graph").setAttribute("data-matches", matches.length);
    byId("search-status").textContent = q ? matches.length + " match" + (matches.length === 1 ? "" : "es") : "";
  });
  search.addEventListener("keydown", function (e) {
    if (e.key !== "Enter" || !matches.length) return;
    var n = matches[0];
    svg.transition().duration(400).call(zoom.transform, d3.zoomIdentity.translate(width / 2 - 2 * n.x, height / 2 - 2 * n.y).scale(2));
  });

  // ---- Tables -----------------------------------------------------------------
  // A sortable, paged table over `rows`; columns: {key, name, num, link, fmt}.
  function table(container, rows, columns, sortKey, pageSize) {
    var state = { key: sortKey, dir: -1, page: 0, filter: "" };
    var tools = document.createElement("div"); tools.className = "table-tools";
    var filter = document.createElement("input"); filter.type = "search"; filter.placeholder = "filter";
    var prev = document.createElement("button"); prev.type = "button"; prev.textContent = "‹ previous";
    var next = document.createElement("button"); next.type = "button"; next.textContent = "next ›";
    var info = document.createElement("span"); info.className = "sub";
    [filter, prev, info, next].forEach(function (el) { tools.appendChild(el); });
    var t = document.createElement("table"); t.className = "data";
    var head = t.createTHead().insertRow(), body = t.createTBody();
    var ths = columns.map(function (col) {
      var th = document.createElement("th"); th.textContent = col.name; th.dataset.key = col.key;
      th.addEventListener("click", function () {
        if (state.key === col.key) state.dir = -state.dir; else { state.key = col.key; state.dir = col.num ? -1 : 1; }
        state.page = 0; draw();
      });
      head.appendChild(th); return th;
    });
    container.appendChild(tools); container.appendChild(t);
    filter.addEventListener("input", function () { state.filter = filter.value.trim().toLowerCase(); state.page = 0; draw(); });
    prev.addEventListener("click", function () { state.page--; draw(); });
    next.addEventListener("click", function () { state.page++; draw(); });
    function draw() {
      var list = state.filter ? rows.filter(function (r) {
        return columns.some(function (col) { return fmt(r[col.key]).toLowerCase().indexOf(state.filter) >= 0; });
      }) : rows.slice();
      list.sort(function (a, b) {
        var x = a[state.key], y = b[state.key];
        if (x === y) return 0;
        if (x === null || x === "") return 1;  // unknown last, either way
        if (y === null || y === "") return -1;
        return (x < y ? -1 : 1) * state.dir;
      });
      var pages = Math.max(1, Math.ceil(list.length / pageSize));
      state.page = Math.max(0, Math.min(state.page, pages - 1));
      body.textContent = "";
      list.slice(state.page * pageSize, (state.page + 1) * pageSize).forEach(function (r) {
        var tr = body.insertRow();
        columns.forEach(function (col) {
          var td = tr.insertCell(), v = col.fmt ? col.fmt(r[col.key]) : fmt(r[col.key]);
          if (col.num) td.className = "num";
          if (col.link) { var a = document.createElement("a"); a.href = r.page; a.textContent = v; td.appendChild(a); }
          else td.textContent = v;
        });
      });
      ths.forEach(function (th) { th.className = th.dataset.key === state.key ? (state.dir < 0 ? "desc" : "asc") : ""; });
      info.textContent = "page " + (state.page + 1) + " of " + pages + " (" + list.length + " rows)";
      prev.disabled = state.page === 0; next.disabled = state.page >= pages - 1;
    }
    draw();
  }
  table(byId("targets-table"), data.targets, [
    { key: "id", name: "Target", link: true }, { key: "name", name: "Title or label" }, { key: "kind", name: "Kind" },
    { key: "year", name: "Year", num: true }, { key: "cited", name: "Citing documents", num: true },
    { key: "mentions", name: "Mentions", num: true },
    { key: "pagerank", name: "PageRank", num: true, fmt: function (v) { return v.toFixed(4); } },
    { key: "first", name: "First cited", num: true }], "cited", 25);
  table(byId("documents-table"), data.documents, [
    { key: "name", name: "Document", link: true }, { key: "symbol", name: "Symbol" }, { key: "kind", name: "Kind" },
    { key: "year", name: "Year", num: true }, { key: "targets", name: "Targets cited", num: true },
    { key: "mentions", name: "Mentions", num: true }], "year", 25);

  // ---- Timeline ---------------------------------------------------------------
  (function () {
    var series = data.timeline.filter(function (s) { return s.points.length; });
    var tl = d3.select("#timeline");
    if (!series.length) { tl.append("text").attr("x", 10).attr("y", 20).text("No dated citations."); return; }
    var w = byId("timeline").clientWidth || 1100, h = byId("timeline").clientHeight || 360;
    var m = { left: 40, right: 230, top: 10, bottom: 30 };
    var all = [].concat.apply([], series.map(function (s) { return s.points; }));
    var x = d3.scaleLinear().domain(d3.extent(all, function (p) { return p[0]; })).range([m.left, w - m.right]);
    if (x.domain()[0] === x.domain()[1]) x.domain([x.domain()[0] - 1, x.domain()[1] + 1]);
    var y = d3.scaleLinear().domain([0, d3.max(all, function (p) { return p[1]; })]).nice().range([h - m.bottom, m.top]);
    tl.append("g").attr("transform", "translate(0," + (h - m.bottom) + ")").call(d3.axisBottom(x).tickFormat(d3.format("d")));
    tl.append("g").attr("transform", "translate(" + m.left + ",0)").call(d3.axisLeft(y).ticks(5).tickFormat(d3.format("d")));
    var palette = d3.schemeCategory10;
    var line = d3.line().x(function (p) { return x(p[0]); }).y(function (p) { return y(p[1]); });
    series.forEach(function (s, k) {
      tl.append("path").attr("class", "series").attr("fill", "none").attr("stroke", palette[k % 10]).attr("stroke-width", 2)
        .attr("d", line(s.points));
      tl.append("g").selectAll("circle").data(s.points).enter().append("circle").attr("r", 3).attr("fill", palette[k % 10])
        .attr("cx", function (p) { return x(p[0]); }).attr("cy", function (p) { return y(p[1]); })
        .append("title").text(function (p) { return s.label + ", " + p[0] + ": " + p[1] + " document" + (p[1] === 1 ? "" : "s"); });
      var g = tl.append("g").attr("transform", "translate(" + (w - m.right + 12) + "," + (m.top + 8 + 18 * k) + ")");
      g.append("rect").attr("width", 12).attr("height", 3).attr("y", -4).attr("fill", palette[k % 10]);
      g.append("text").attr("x", 18).attr("font-size", 12).text(s.label);
    });
  })();

  // ---- Uptake -----------------------------------------------------------------
  if (data.uptake.length) {
    byId("uptake-section").hidden = false;
    byId("uptake-nav").hidden = false;
    data.uptake.forEach(function (p) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = p.file; a.textContent = p.title; li.appendChild(a);
      if (p.summary) li.appendChild(document.createTextNode(" — " + p.summary));
      byId("uptake-list").appendChild(li);
    });
  }
  // Milliseconds from navigation to a usable page, for tests and benchmarks.
  document.body.setAttribute("data-ready", String(Math.round(performance.now())));
})();
