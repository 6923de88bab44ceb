/* artistgraph view: a small force-directed graph drawn on SVG.
 *
 * Written for artistgraph; vanilla JS with no dependencies, inlined into the
 * page by queries/view.py. Data comes from the JSON block #graph-data and is
 * only ever put into the page with textContent / setAttribute, never parsed
 * as HTML, so names and sentences cannot inject markup.
 */
(function () {
  "use strict";

  var NS = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("graph");
  var tip = document.getElementById("tip");
  var details = document.getElementById("details");
  var colours = data.colours || {};

  // Layout constants, tuned for a few dozen to a few hundred nodes.
  var LINK = 100;        // rest length of a link
  var SPRING = 0.04;     // link stiffness
  var REPULSE = 2500;    // node-node repulsion
  var GRAVITY = 0.03;    // pull towards the centre, keeps components together
  var DAMPING = 0.6;
  var MAX_STEP = 30;
  var TICKS_PER_FRAME = 10;

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function html(tag, text, cls, parent) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  // -- model -----------------------------------------------------------------
  var nodes = data.nodes.map(function (n) {
    return { d: n, x: 0, y: 0, vx: 0, vy: 0, fixed: false, links: [] };
  });
  var byId = {};
  nodes.forEach(function (n) { byId[n.d.id] = n; });
  var edges = data.edges.filter(function (e) {
    return byId[e.source] && byId[e.target];
  }).map(function (e) {
    return { d: e, s: byId[e.source], t: byId[e.target], bend: 0 };
  });

  // Parallel links between one pair bend apart so each stays visible.
  var pairs = {};
  edges.forEach(function (e) {
    var a = e.d.source < e.d.target ? e.d.source : e.d.target;
    var b = a === e.d.source ? e.d.target : e.d.source;
    var k = JSON.stringify([a, b]);
    (pairs[k] = pairs[k] || []).push(e);
    e.flip = a !== e.d.source;
    e.s.links.push(e);
    e.t.links.push(e);
  });
  Object.keys(pairs).forEach(function (k) {
    var group = pairs[k];
    group.forEach(function (e, i) {
      var bend = (i - (group.length - 1) / 2) * 36;
      e.bend = e.flip ? -bend : bend;
    });
  });

  // Deterministic start: rings by distance from the centre entity.
  var rings = {};
  nodes.forEach(function (n) { (rings[n.d.distance] = rings[n.d.distance] || []).push(n); });
  Object.keys(rings).forEach(function (r) {
    var ring = rings[r];
    ring.forEach(function (n, i) {
      var angle = (2 * Math.PI * i) / ring.length + Number(r) * 0.7;
      n.x = Number(r) * LINK * Math.cos(angle);
      n.y = Number(r) * LINK * Math.sin(angle);
    });
  });

  // -- drawing ---------------------------------------------------------------
  var defs = el("defs", {}, svg);
  var marker = el("marker", {
    id: "arrow", viewBox: "0 0 10 10", refX: "9", refY: "5",
    markerWidth: "7", markerHeight: "7", orient: "auto-start-reverse"
  }, defs);
  el("path", { d: "M0,0 L10,5 L0,10 z", fill: "#8a9a9a" }, marker);

  var scene = el("g", { "class": "scene" }, svg);
  var edgeLayer = el("g", { "class": "edges" }, scene);
  var labelLayer = el("g", { "class": "edge-labels" }, scene);
  var nodeLayer = el("g", { "class": "nodes" }, scene);

  function radius(n) { return n.d.distance === 0 ? 13 : 8; }

  edges.forEach(function (e) {
    var g = el("g", { "class": "link", "data-relation": e.d.relation }, edgeLayer);
    e.hit = el("path", { "class": "edge-hit" }, g);
    e.path = el("path", { "class": "edge" }, g);
    if (!e.d.symmetric) { e.path.setAttribute("marker-end", "url(#arrow)"); }
    e.label = el("text", { "class": "edge-label", "text-anchor": "middle" }, labelLayer);
    e.label.textContent = e.d.label;
    bindHover(e.hit, function () { return edgeCard(e); }, function (on) {
      e.path.classList.toggle("hot", on);
    });
  });

  nodes.forEach(function (n) {
    var type = n.d.type || "other";
    n.g = el("g", {
      "class": "node" + (n.d.distance === 0 ? " center" : ""),
      "data-id": n.d.id, "data-type": type, "aria-label": n.d.name
    }, nodeLayer);
    el("circle", { r: radius(n), fill: colours[type] || colours.other || "#888" }, n.g);
    var text = el("text", { "class": "node-label", y: radius(n) + 13, "text-anchor": "middle" }, n.g);
    text.textContent = n.d.name;
    bindHover(n.g, function () { return nodeCard(n); }, function (on) {
      n.links.forEach(function (e) { e.path.classList.toggle("hot", on); });
    });
    n.g.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
  });

  function curve(e) {
    var sx = e.s.x, sy = e.s.y, tx = e.t.x, ty = e.t.y;
    var dx = tx - sx, dy = ty - sy, len = Math.sqrt(dx * dx + dy * dy) || 1;
    var cx = (sx + tx) / 2 - (dy / len) * e.bend, cy = (sy + ty) / 2 + (dx / len) * e.bend;
    // Stop the arrow at the target's rim, not its centre.
    var ex = tx - cx, ey = ty - cy, el2 = Math.sqrt(ex * ex + ey * ey) || 1;
    var r = radius(e.t) + 2;
    return { sx: sx, sy: sy, cx: cx, cy: cy, tx: tx - (ex / el2) * r, ty: ty - (ey / el2) * r };
  }

  function draw() {
    nodes.forEach(function (n) {
      n.g.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
    });
    edges.forEach(function (e) {
      var c = curve(e);
      var d = "M" + c.sx.toFixed(1) + "," + c.sy.toFixed(1) + " Q" + c.cx.toFixed(1) + "," +
        c.cy.toFixed(1) + " " + c.tx.toFixed(1) + "," + c.ty.toFixed(1);
      e.path.setAttribute("d", d);
      e.hit.setAttribute("d", d);
      // The middle of a quadratic Bezier curve.
      e.label.setAttribute("x", (0.25 * c.sx + 0.5 * c.cx + 0.25 * c.tx).toFixed(1));
      e.label.setAttribute("y", (0.25 * c.sy + 0.5 * c.cy + 0.25 * c.ty - 3).toFixed(1));
    });
  }

  // -- force layout ----------------------------------------------------------
  var alpha = 1;
  var running = false;

  function tick() {
    var i, j, a, b, dx, dy, d2, f;
    for (i = 0; i < nodes.length; i++) {
      a = nodes[i];
      for (j = i + 1; j < nodes.length; j++) {
        b = nodes[j];
        dx = a.x - b.x; dy = a.y - b.y;
        d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = (i - j) * 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
        f = (REPULSE * alpha) / d2;
        a.vx += dx * f; a.vy += dy * f;
        b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      dx = e.t.x - e.s.x; dy = e.t.y - e.s.y;
      var d = Math.sqrt(dx * dx + dy * dy) || 0.1;
      f = ((d - LINK) * SPRING * alpha) / d;
      e.s.vx += dx * f; e.s.vy += dy * f;
      e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    nodes.forEach(function (n) {
      if (n.fixed) { n.vx = n.vy = 0; return; }
      n.vx -= n.x * GRAVITY * alpha;
      n.vy -= n.y * GRAVITY * alpha;
      var speed = Math.sqrt(n.vx * n.vx + n.vy * n.vy);
      if (speed > MAX_STEP) { n.vx *= MAX_STEP / speed; n.vy *= MAX_STEP / speed; }
      n.x += n.vx; n.y += n.vy;
      n.vx *= DAMPING; n.vy *= DAMPING;
    });
    alpha *= 0.985;
  }

  function run(fitWhenDone) {
    if (running) { return; }
    running = true;
    (function frame() {
      for (var k = 0; k < TICKS_PER_FRAME && alpha > 0.02; k++) { tick(); }
      draw();
      if (alpha > 0.02) {
        setTimeout(frame, 16);
      } else {
        running = false;
        if (fitWhenDone) { fit(); }
        document.body.setAttribute("data-layout", "done");
      }
    })();
  }

  // -- view box: fit, zoom, pan ----------------------------------------------
  var box = { x: -400, y: -300, w: 800, h: 600 };

  function setBox() {
    svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].map(function (v) {
      return v.toFixed(1);
    }).join(" "));
  }

  function fit() {
    if (!nodes.length) { setBox(); return; }
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    var pad = 60;
    var w = Math.max(maxX - minX + 2 * pad, 200), h = Math.max(maxY - minY + 2 * pad, 200);
    box = { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w: w, h: h };
    setBox();
  }

  function toScene(ev) {
    var pt = svg.createSVGPoint();
    pt.x = ev.clientX; pt.y = ev.clientY;
    var m = svg.getScreenCTM();
    return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
  }

  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = toScene(ev);
    var k = ev.deltaY > 0 ? 1.12 : 1 / 1.12;
    box = { x: p.x - (p.x - box.x) * k, y: p.y - (p.y - box.y) * k, w: box.w * k, h: box.h * k };
    setBox();
  }, { passive: false });

  // A press becomes a drag (of a node) or a pan (of the background) only once
  // the pointer moves, so a plain click still reaches the node or link.
  var drag = null;
  var justDragged = false;

  function startDrag(ev, n) {
    ev.stopPropagation();
    justDragged = false;
    drag = { node: n, x: ev.clientX, y: ev.clientY, moved: false, id: ev.pointerId };
  }

  svg.addEventListener("pointerdown", function (ev) {
    if (drag) { return; }
    justDragged = false;
    drag = { pan: true, x: ev.clientX, y: ev.clientY, box: box, moved: false, id: ev.pointerId };
  });

  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    if (!drag.moved) {
      if (Math.abs(ev.clientX - drag.x) + Math.abs(ev.clientY - drag.y) < 4) { return; }
      drag.moved = true;
      svg.setPointerCapture(drag.id);
      hideTip();
      if (drag.pan) { svg.classList.add("panning"); } else { drag.node.fixed = true; }
    }
    if (drag.pan) {
      var scale = box.w / (svg.clientWidth || 1);
      box = { x: drag.box.x - (ev.clientX - drag.x) * scale,
              y: drag.box.y - (ev.clientY - drag.y) * scale, w: box.w, h: box.h };
      setBox();
      return;
    }
    var p = toScene(ev);
    drag.node.x = p.x; drag.node.y = p.y;
    alpha = Math.max(alpha, 0.3);
    draw();
    run(false);
  });

  function endDrag() {
    justDragged = Boolean(drag && drag.moved);
    if (drag && drag.node) { drag.node.fixed = false; }
    drag = null;
    svg.classList.remove("panning");
  }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", endDrag);

  // -- hover cards -------------------------------------------------------------
  function article(id) { return (data.articles || {})[id] || {}; }

  function sources(card, evidence) {
    evidence.forEach(function (ev) {
      html("blockquote", ev.sentence, null, card);
      var a = article(ev.article);
      var line = html("p", null, "src", card);
      line.appendChild(document.createTextNode("— " + (a.title || ev.article)));
      if (a.title) { line.appendChild(document.createTextNode(" [" + ev.article + "]")); }
      if (a.published) { line.appendChild(document.createTextNode(", " + a.published)); }
      // Only http(s) sources become links; anything else stays plain text.
      if (a.source && /^https?:\/\//i.test(a.source)) {
        line.appendChild(document.createTextNode(" "));
        var link = html("a", a.source, null, line);
        link.href = a.source;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
      } else if (a.source) {
        line.appendChild(document.createTextNode(" " + a.source));
      }
    });
  }

  function nodeCard(n) {
    var card = html("div", null, "card");
    html("h2", n.d.name, null, card);
    html("p", (n.d.type || "entity") + " · in " + n.d.articles + " article(s)", null, card);
    if (n.d.aliases && n.d.aliases.length) {
      html("p", "also: " + n.d.aliases.join(", "), null, card);
    }
    (n.d.dates || []).forEach(function (x) {
      html("p", x.label + " " + x.date + " (confidence " + x.confidence + ")", null, card);
      sources(card, x.evidence);
    });
    return card;
  }

  function edgeCard(e) {
    var card = html("div", null, "card");
    html("h2", e.s.d.name + " — " + e.d.label + " — " + e.t.d.name, null, card);
    html("p", "confidence " + e.d.confidence + " · " + e.d.articles + " article(s)", null, card);
    sources(card, e.d.evidence);
    return card;
  }

  function hideTip() { tip.style.display = "none"; }

  function bindHover(target, card, highlight) {
    target.addEventListener("pointerenter", function (ev) {
      if (drag && drag.moved) { return; }
      tip.replaceChildren(card());
      tip.style.display = "block";
      place(ev);
      highlight(true);
    });
    target.addEventListener("pointermove", function (ev) {
      if (!(drag && drag.moved)) { place(ev); }
    });
    target.addEventListener("pointerleave", function () { hideTip(); highlight(false); });
    target.addEventListener("click", function () {
      if (justDragged) { justDragged = false; return; }
      details.replaceChildren(card());
    });
  }

  function place(ev) {
    var x = ev.clientX + 14, y = ev.clientY + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth) { x = Math.max(0, ev.clientX - w - 14); }
    if (y + h > window.innerHeight) { y = Math.max(0, ev.clientY - h - 14); }
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }

  // -- go ----------------------------------------------------------------------
  fit();
  draw();
  run(true);
})();
