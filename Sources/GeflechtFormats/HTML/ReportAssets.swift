/// The stylesheet and script of the HTML report, inlined so the page works offline.
enum ReportAssets {
  static let css = #"""
    :root { --fg: #1d2430; --muted: #6b7280; --line: #d8dde6; --accent: #2b5d9b; --hl: #f5b400; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: #fafbfc; }
    header { padding: 12px 20px 4px; }
    h1 { font-size: 20px; margin: 0 0 4px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    .summary, .muted, .hint { color: var(--muted); }
    .summary { margin: 0; font-size: 13px; }
    nav#controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-start; padding: 8px 20px; border-bottom: 1px solid var(--line); }
    #search { width: 260px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 4px; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 2px 8px 4px; margin: 0; font-size: 12px; }
    fieldset label { margin-right: 8px; white-space: nowrap; cursor: pointer; }
    main { display: flex; gap: 12px; padding: 12px 20px; }
    #diagram-section { flex: 1 1 auto; min-width: 0; }
    #diagram { height: 70vh; border: 1px solid var(--line); border-radius: 4px; background: #fff; overflow: hidden; cursor: grab; }
    #diagram.dragging { cursor: grabbing; }
    #diagram svg { width: 100%; height: 100%; }
    .toolbar { margin-bottom: 6px; display: flex; gap: 6px; align-items: center; }
    .toolbar button { min-width: 30px; padding: 2px 8px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: pointer; }
    .hint { font-size: 12px; }
    aside#details { flex: 0 0 360px; max-height: calc(70vh + 34px); overflow: auto; border: 1px solid var(--line); border-radius: 4px; background: #fff; padding: 10px 12px; }
    aside .evidence { border-left: 3px solid var(--accent); padding: 4px 8px; margin: 6px 0; background: #f4f7fb; }
    aside .doc { color: var(--muted); font-size: 12px; display: block; }
    aside dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 6px 0; }
    aside dt { color: var(--muted); }
    aside dd { margin: 0; }
    section { padding: 6px 20px 14px; }
    table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; }
    th { cursor: pointer; user-select: none; background: #f1f3f7; position: sticky; top: 0; }
    th.sorted-asc::after { content: " ▲"; } th.sorted-desc::after { content: " ▼"; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr.hidden { display: none; }
    a.node-link { color: var(--accent); cursor: pointer; text-decoration: none; }
    a.node-link:hover { text-decoration: underline; }
    .community { display: inline-block; border: 1px solid var(--line); border-radius: 4px; padding: 4px 8px; margin: 0 8px 8px 0; background: #fff; vertical-align: top; max-width: 420px; }
    .community b { cursor: pointer; }
    #diagram g.node.match polygon, #diagram g.node.match ellipse, #diagram g.node.match path { stroke: var(--hl); stroke-width: 4px; }
    #diagram g.selected polygon, #diagram g.selected ellipse, #diagram g.selected path { stroke: #d62728; stroke-width: 4px; }
    #diagram g.dim { opacity: 0.15; }
    #diagram g.node, #diagram g.edge { cursor: pointer; }
    """#

  static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("geflecht-data").textContent);
      var svg = document.querySelector("#diagram svg");
      var details = document.getElementById("details");

      function el(tag, text, cls) {
        var e = document.createElement(tag);
        if (text !== undefined && text !== null) e.textContent = String(text);
        if (cls) e.className = cls;
        return e;
      }
      function fmt(x) { return typeof x === "number" ? (Math.abs(x) >= 100 || x === Math.round(x) ? String(Math.round(x * 1000) / 1000) : x.toFixed(4)) : String(x); }
      function nodeElement(i) { return document.getElementById("node-" + i); }
      function edgeElement(i) { return document.getElementById("edge-" + i); }

      // ---- details panel ------------------------------------------------------------------
      function clearSelection() {
        document.querySelectorAll("#diagram g.selected").forEach(function (g) { g.classList.remove("selected"); });
      }
      function evidenceList(container, evidence) {
        evidence.forEach(function (ev) {
          var box = el("div", null, "evidence");
          box.appendChild(el("span", ev.doc + ", sentence " + ev.sentence, "doc"));
          box.appendChild(el("span", ev.text));
          container.appendChild(box);
        });
      }
      function showNode(i) {
        var n = data.nodes[i];
        clearSelection();
        var g = nodeElement(i); if (g) g.classList.add("selected");
        details.replaceChildren(el("h2", n.label));
        var dl = el("dl");
        function row(k, v) { if (v === undefined || v === null || v === "") return; dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); }
        row("id", n.id); row("kind", n.kind); row("aliases", n.aliases.join(", ")); row("documents", n.documents.join(", "));
        if (n.community !== undefined) row("community", n.community + 1);
        data.measures.forEach(function (m) { row(m, fmt(n.scores[m])); });
        details.appendChild(dl);
        var incident = [];
        data.edges.forEach(function (e, k) { if (e.source === i || e.target === i) incident.push(k); });
        details.appendChild(el("h2", "Evidence (" + incident.length + " relations)"));
        incident.forEach(function (k) {
          var e = data.edges[k];
          var head = el("p");
          var link = el("a", data.nodes[e.source].label + " → " + data.nodes[e.target].label + ": " + e.relation + (e.status !== "asserted" ? " (" + e.status + ")" : ""), "node-link");
          link.addEventListener("click", function () { showEdge(k); });
          head.appendChild(link);
          details.appendChild(head);
          evidenceList(details, e.evidence);
        });
      }
      function showEdge(k) {
        var e = data.edges[k];
        clearSelection();
        var g = edgeElement(k); if (g) g.classList.add("selected");
        details.replaceChildren(el("h2", data.nodes[e.source].label + " → " + data.nodes[e.target].label));
        var dl = el("dl");
        function row(key, v) { if (v === undefined || v === null || v === "") return; dl.appendChild(el("dt", key)); dl.appendChild(el("dd", v)); }
        row("relation", e.relation); row("status", e.status); row("weight", fmt(e.weight)); row("amount", e.amount); row("date", e.date); row("role", e.role);
        details.appendChild(dl);
        details.appendChild(el("h2", "Evidence"));
        evidenceList(details, e.evidence);
      }
      if (svg) {
        svg.addEventListener("click", function (ev) {
          if (moved) return;
          var g = ev.target.closest ? ev.target.closest("g.node, g.edge") : null;
          if (!g || !g.id) return;
          var m = /^(node|edge)-(\d+)$/.exec(g.id);
          if (!m) return;
          if (m[1] === "node") showNode(Number(m[2])); else showEdge(Number(m[2]));
        });
      }

      // ---- pan and zoom ---------------------------------------------------------------------
      var moved = false;
      if (svg) {
        var box = svg.viewBox.baseVal;
        var home = { x: box.x, y: box.y, w: box.width, h: box.height };
        svg.removeAttribute("width"); svg.removeAttribute("height");
        svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
        var view = { x: home.x, y: home.y, w: home.w, h: home.h };
        var apply = function () { svg.setAttribute("viewBox", view.x + " " + view.y + " " + view.w + " " + view.h); };
        var zoom = function (factor, cx, cy) {
          var nw = view.w * factor, nh = view.h * factor;
          if (nw < home.w / 50 || nw > home.w * 5) return;
          view.x = cx - (cx - view.x) * factor; view.y = cy - (cy - view.y) * factor; view.w = nw; view.h = nh; apply();
        };
        var toSVG = function (clientX, clientY) {
          var r = svg.getBoundingClientRect();
          var s = Math.max(view.w / r.width, view.h / r.height);
          var ox = view.x - (r.width * s - view.w) / 2, oy = view.y - (r.height * s - view.h) / 2;
          return { x: ox + (clientX - r.left) * s, y: oy + (clientY - r.top) * s, s: s };
        };
        svg.addEventListener("wheel", function (ev) { ev.preventDefault(); var p = toSVG(ev.clientX, ev.clientY); zoom(ev.deltaY > 0 ? 1.15 : 1 / 1.15, p.x, p.y); }, { passive: false });
        var drag = null; var container = document.getElementById("diagram");
        svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; moved = false; container.classList.add("dragging"); });
        window.addEventListener("mousemove", function (ev) {
          if (!drag) return;
          var s = toSVG(0, 0).s, dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
          if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
          view.x = drag.vx - dx * s; view.y = drag.vy - dy * s; apply();
        });
        window.addEventListener("mouseup", function () { drag = null; container.classList.remove("dragging"); setTimeout(function () { moved = false; }, 0); });
        document.getElementById("zoom-in").addEventListener("click", function () { zoom(1 / 1.3, view.x + view.w / 2, view.y + view.h / 2); });
        document.getElementById("zoom-out").addEventListener("click", function () { zoom(1.3, view.x + view.w / 2, view.y + view.h / 2); });
        document.getElementById("zoom-reset").addEventListener("click", function () { view = { x: home.x, y: home.y, w: home.w, h: home.h }; apply(); });
      }

      // ---- filters ---------------------------------------------------------------------------
      var filters = { kind: {}, relation: {}, status: {} };
      function values(field, list) { var seen = {}; list.forEach(function (x) { if (x[field] !== null && x[field] !== undefined) seen[x[field]] = (seen[x[field]] || 0) + 1; }); return seen; }
      function buildFilter(name, counts) {
        var fs = document.getElementById("filter-" + name);
        Object.keys(counts).sort().forEach(function (v) {
          filters[name][v] = true;
          var label = el("label"); var box = el("input"); box.type = "checkbox"; box.checked = true;
          box.addEventListener("change", function () { filters[name][v] = box.checked; applyFilters(); });
          label.appendChild(box); label.appendChild(document.createTextNode(" " + v + " (" + counts[v] + ")"));
          fs.appendChild(label);
        });
      }
      buildFilter("kind", values("kind", data.nodes));
      buildFilter("relation", values("relation", data.edges));
      buildFilter("status", values("status", data.edges));
      function nodeVisible(i) { var k = data.nodes[i].kind; return k === null || k === undefined || filters.kind[k] !== false; }
      function applyFilters() {
        data.nodes.forEach(function (n, i) { var g = nodeElement(i); if (g) g.style.display = nodeVisible(i) ? "" : "none"; });
        data.edges.forEach(function (e, k) {
          var show = filters.relation[e.relation] !== false && filters.status[e.status] !== false && nodeVisible(e.source) && nodeVisible(e.target);
          var g = edgeElement(k); if (g) g.style.display = show ? "" : "none";
          var row = document.getElementById("edge-row-" + k); if (row) row.classList.toggle("hidden", !show);
        });
        data.nodes.forEach(function (n, i) { var row = document.getElementById("node-row-" + i); if (row) row.classList.toggle("hidden", !nodeVisible(i) || !matches(i)); });
      }

      // ---- search ----------------------------------------------------------------------------
      var query = "";
      function matches(i) {
        if (!query) return true;
        var n = data.nodes[i];
        return [n.label, n.id].concat(n.aliases).some(function (s) { return String(s).toLowerCase().indexOf(query) >= 0; });
      }
      document.getElementById("search").addEventListener("input", function (ev) {
        query = ev.target.value.trim().toLowerCase();
        var count = 0;
        data.nodes.forEach(function (n, i) {
          var hit = query !== "" && matches(i); if (hit) count++;
          var g = nodeElement(i); if (g) { g.classList.toggle("match", hit); g.classList.toggle("dim", query !== "" && !hit); }
        });
        document.getElementById("search-count").textContent = query ? count + " found" : "";
        applyFilters();
      });

      // ---- tables ----------------------------------------------------------------------------
      function sortable(table, columns, rows) {
        var thead = table.tHead, tbody = table.tBodies[0], state = { col: -1, dir: 1 };
        var tr = el("tr");
        columns.forEach(function (c, ci) {
          var th = el("th", c.title); th.addEventListener("click", function () { sortBy(ci); }); tr.appendChild(th);
        });
        thead.appendChild(tr);
        function render() { tbody.replaceChildren.apply(tbody, rows.map(function (r) { return r.element; })); }
        function sortBy(ci) {
          state.dir = state.col === ci ? -state.dir : (columns[ci].numeric ? -1 : 1); state.col = ci;
          rows.sort(function (a, b) { var x = a.values[ci], y = b.values[ci]; var c = x < y ? -1 : x > y ? 1 : 0; return c * state.dir || a.index - b.index; });
          Array.prototype.forEach.call(thead.rows[0].cells, function (th, k) { th.className = k === ci ? (state.dir > 0 ? "sorted-asc" : "sorted-desc") : ""; });
          render();
        }
        render();
        return sortBy;
      }
      function nodeLink(i) { var a = el("a", data.nodes[i].label, "node-link"); a.addEventListener("click", function () { showNode(i); }); return a; }
      var rankColumns = [{ title: "Node" }, { title: "Kind" }].concat(data.measures.map(function (m) { return { title: m, numeric: true }; }));
      if (data.communities.length) rankColumns.push({ title: "Community", numeric: true });
      var rankRows = data.nodes.map(function (n, i) {
        var tr = el("tr"); tr.id = "node-row-" + i;
        var td = el("td"); td.appendChild(nodeLink(i)); tr.appendChild(td); tr.appendChild(el("td", n.kind || ""));
        var vals = [n.label.toLowerCase(), n.kind || ""];
        data.measures.forEach(function (m) { tr.appendChild(el("td", fmt(n.scores[m]), "num")); vals.push(n.scores[m]); });
        if (data.communities.length) { tr.appendChild(el("td", n.community + 1, "num")); vals.push(-n.community); }
        return { element: tr, values: vals, index: i };
      });
      var sortRanks = sortable(document.getElementById("rankings"), rankColumns, rankRows);
      var pr = data.measures.indexOf("pagerank"); sortRanks(pr >= 0 ? pr + 2 : 0);
      var edgeRows = data.edges.map(function (e, k) {
        var tr = el("tr"); tr.id = "edge-row-" + k;
        var a = el("td"); a.appendChild(nodeLink(e.source)); var b = el("td"); b.appendChild(nodeLink(e.target));
        var rel = el("td"); var link = el("a", e.relation, "node-link"); link.addEventListener("click", function () { showEdge(k); }); rel.appendChild(link);
        tr.appendChild(a); tr.appendChild(rel); tr.appendChild(b); tr.appendChild(el("td", e.status)); tr.appendChild(el("td", fmt(e.weight), "num")); tr.appendChild(el("td", e.evidence.length, "num"));
        return { element: tr, values: [data.nodes[e.source].label.toLowerCase(), e.relation, data.nodes[e.target].label.toLowerCase(), e.status, e.weight, e.evidence.length], index: k };
      });
      sortable(document.getElementById("edges"), [{ title: "Source" }, { title: "Relation" }, { title: "Target" }, { title: "Status" }, { title: "Weight", numeric: true }, { title: "Sentences", numeric: true }], edgeRows);

      // ---- communities -----------------------------------------------------------------------
      var holder = document.getElementById("communities");
      if (!data.communities.length) holder.appendChild(el("p", "No communities were computed for this graph.", "muted"));
      data.communities.forEach(function (members, c) {
        var box = el("div", null, "community");
        var title = el("b", "Community " + (c + 1) + " (" + members.length + ")");
        title.addEventListener("click", function () {
          data.nodes.forEach(function (n, i) { var g = nodeElement(i); if (g) g.classList.toggle("dim", members.indexOf(i) < 0); });
        });
        box.appendChild(title); box.appendChild(el("br"));
        members.forEach(function (i, k) { if (k) box.appendChild(document.createTextNode(", ")); box.appendChild(nodeLink(i)); });
        holder.appendChild(box);
      });
      applyFilters();
    })();
    """#
}
