// The dashboard shell: a hash router over the pages in /static/pages/, the API helper and the chart helper.
// Each page module exports render(main, kit) and returns a promise; when it resolves the body carries
// data-page=<name> and data-ready=true (the browser tests wait for that).
const PAGES = ['overview', 'dyads', 'theories', 'scenarios', 'bargaining', 'data'];

/** Creates an element with attributes and children (strings become text nodes; nothing is parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== undefined && c !== null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** An API failure: the HTTP status and the server's JSON error (message and field problems). */
export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.message ? body.message : 'HTTP ' + status);
    this.status = status;
    this.problems = body && body.errors ? body.errors : [];
    this.errorId = body && body.errorId;
  }
}

/** Calls the API; sends the bearer token kept for this tab, if any; throws ApiError on a non-2xx answer. */
export async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  const token = sessionStorage.getItem('strait.token');
  if (token) headers['Authorization'] = 'Bearer ' + token;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, Object.assign({}, options, {headers}));
  const body = (r.headers.get('Content-Type') || '').startsWith('application/json') ? await r.json() : null;
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

const COLORS = ['#1f5fa8', '#c2571a', '#2e8b57', '#8e44ad', '#b8860b', '#c0392b', '#17a2b8'];

/** Seconds since the epoch of the first day of a month 'YYYY-MM' (UTC), uPlot's x values. */
function monthSeconds(m) {
  return Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1) / 1000;
}

/**
 * Draws a monthly chart in `target`: months 'YYYY-MM' and one or more series of values (null = not covered).
 * Once uPlot has drawn, the target carries data-points (months drawn) and data-total (sum of the first series).
 */
export function monthChart(target, {title, months, series, height = 260}) {
  target.classList.add('chart');
  const data = [months.map(monthSeconds), ...series.map(s => s.values)];
  const opts = {
    title, width: Math.max(300, target.clientWidth - 18), height,
    scales: {x: {time: true}},
    series: [{label: 'month', value: (u, v) => v == null ? '' : new Date(v * 1000).toISOString().slice(0, 7)},
      ...series.map((s, i) => ({label: s.label, stroke: COLORS[i % COLORS.length], width: 1.5, points: {show: months.length < 60}}))],
    hooks: {draw: [u => {
      target.dataset.points = String(u.data[0].length);
      target.dataset.total = String((u.data[1] || []).reduce((a, v) => a + (v || 0), 0));
    }]},
  };
  target.replaceChildren();
  return new uPlot(opts, data, target);
}

/** Returns 'YYYY-MM' of uPlot's x value (seconds since the epoch). */
export function monthOf(seconds) {
  return new Date(seconds * 1000).toISOString().slice(0, 7);
}

/** Draws a dashed horizontal line with a label at `y` on the value scale. */
function hline(u, y, color, label) {
  const py = u.valToPos(y, 'y', true);
  if (!(py >= u.bbox.top && py <= u.bbox.top + u.bbox.height)) return false;
  rule(u, color, [6, 4], 1.5, [u.bbox.left, py, u.bbox.left + u.bbox.width, py], label,
    [u.bbox.left + 4 * devicePixelRatio, py - 4 * devicePixelRatio]);
  return true;
}

/**
 * Draws a vertical marker at canvas x `px` of chart `u` (solid, or dashed by `dash`) with `label` at its top, moved
 * down `row` label heights; returns false, drawing nothing, when `px` lies outside the plot.
 */
function vline(u, px, color, label, dash, row) {
  if (!(px >= u.bbox.left && px <= u.bbox.left + u.bbox.width)) return false;
  rule(u, color, dash, 2, [px, u.bbox.top, px, u.bbox.top + u.bbox.height], label,
    [px + 3 * devicePixelRatio, u.bbox.top + (12 + 13 * row) * devicePixelRatio]);
  return true;
}

/** Strokes the segment `[x0, y0, x1, y1]` (canvas pixels; dashed by `dash` when given) and writes `label` at `[lx, ly]`. */
function rule(u, color, dash, width, [x0, y0, x1, y1], label, [lx, ly]) {
  const ctx = u.ctx;
  ctx.save();
  ctx.strokeStyle = color;
  if (dash) ctx.setLineDash(dash);
  ctx.lineWidth = width * devicePixelRatio;
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  ctx.fillStyle = color;
  ctx.font = (11 * devicePixelRatio) + 'px system-ui, sans-serif';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, lx, ly);
  ctx.restore();
}

/**
 * Draws a monthly estimate with its interval band: `mid`, `lower`, `upper` per month (null = none), optional
 * vertical `markers` [{month, color, label}] and horizontal `lines` [{y, color, label}]. `bands` lists further
 * [{label, lower, upper, mid, color}] to overlay (e.g. a second scenario). Once drawn the target carries
 * data-points (months), data-bands (bands filled), data-markers and data-lines (drawn within the plot).
 * `onCursor(month)` hears the month under the cursor. The uPlot instance is kept as target.uplot.
 */
export function bandChart(target, {title, months, layers, markers = [], lines = [], height = 300, onCursor, yLabel, yRange, legend = true}) {
  target.classList.add('chart');
  const data = [months.map(monthSeconds)];
  const series = [{label: 'month', value: (u, v) => v == null ? '' : monthOf(v)}];
  const bands = [];
  layers.forEach((layer, i) => {
    const color = layer.color || COLORS[i % COLORS.length];
    for (const band of layer.bands || []) {
      data.push(band.upper, band.lower);
      const up = data.length - 2;
      const low = data.length - 1;
      series.push({label: layer.label + ' ' + band.label + ' upper', stroke: color, width: 0.5, alpha: 0.6, points: {show: false}},
        {label: layer.label + ' ' + band.label + ' lower', stroke: color, width: 0.5, alpha: 0.6, points: {show: false}});
      bands.push({series: [up, low], fill: band.fill || color + '33'});
    }
    data.push(layer.mid);
    series.push({label: layer.label, stroke: color, width: 2, points: {show: months.length < 40}});
  });
  const opts = {
    title, width: Math.max(300, target.clientWidth - 18), height,
    scales: {x: {time: true}},
    axes: [{}, {label: yLabel}],
    legend: {show: legend},
    series, bands,
    hooks: {
      draw: [u => {
        let drawn = 0;
        for (const m of markers) {
          if (vline(u, u.valToPos(monthSeconds(m.month), 'x', true), m.color, m.label || '', null, 0)) drawn++;
        }
        let lineCount = 0;
        for (const l of lines) if (hline(u, l.y, l.color, l.label)) lineCount++;
        target.dataset.points = String(u.data[0].length);
        target.dataset.bands = String(bands.length);
        target.dataset.markers = String(drawn);
        target.dataset.lines = String(lineCount);
      }],
      setCursor: onCursor ? [u => { if (u.cursor.idx != null) onCursor(months[u.cursor.idx], u.cursor.idx); }] : [],
    },
  };
  // keep threshold lines inside the value range
  if (lines.length) {
    opts.scales.y = {range: (u, min, max) => {
      const ys = lines.map(l => l.y);
      const lo = Math.min(min, ...ys);
      const hi = Math.max(max, ...ys);
      const pad = (hi - lo) * 0.05 || 1;
      return [lo - pad, hi + pad];
    }};
  }
  if (yRange) opts.scales.y = {range: () => yRange};
  target.replaceChildren();
  const u = new uPlot(opts, data, target);
  target.uplot = u;
  return u;
}

/**
 * Draws lines over a numeric x axis (e.g. bargaining rounds): `x` values and series [{label, values}]; `bars`
 * draws the first series as bars instead. Vertical `markers` [{x, color, label}]. Once drawn the target carries
 * data-points (x values) and data-markers.
 */
export function xyChart(target, {title, x, series, xLabel, yLabel, bars = false, markers = [], height = 280}) {
  target.classList.add('chart');
  const opts = {
    title, width: Math.max(300, target.clientWidth - 18), height,
    scales: {x: {time: false}},
    axes: [{label: xLabel}, {label: yLabel}],
    series: [{label: xLabel}, ...series.map((s, i) => Object.assign({label: s.label, stroke: COLORS[i % COLORS.length], width: 1.5},
      bars ? {fill: COLORS[i % COLORS.length] + '88', paths: uPlot.paths.bars({size: [0.9, 40]}), points: {show: false}} : {}))],
    hooks: {draw: [u => {
      let drawn = 0;
      for (const m of markers) {
        if (vline(u, u.valToPos(m.x, 'x', true), m.color, m.label, [5, 3], drawn)) drawn++;
      }
      target.dataset.points = String(u.data[0].length);
      target.dataset.markers = String(drawn);
    }]},
  };
  if (markers.length) {
    opts.scales.x.range = (u, min, max) => {
      const xs = markers.map(m => m.x);
      return [Math.min(min, ...xs) - 1, Math.max(max, ...xs) + 1];
    };
  }
  target.replaceChildren();
  const u = new uPlot(opts, [x, ...series.map(s => s.values)], target);
  target.uplot = u;
  return u;
}

/** Shows an error (with each field problem) in place of a page's content. */
export function showError(target, err) {
  const box = el('div', {class: 'error'}, err.message || String(err));
  if (err.problems && err.problems.length) {
    box.append(el('ul', {}, err.problems.map(p => el('li', {}, p.field + ': ' + p.message))));
  }
  if (err.errorId) box.append(el('div', {class: 'muted'}, 'error id ' + err.errorId));
  target.append(box);
  return box;
}

/** A small table from rows of cells; numbers are right-aligned. */
export function table(headers, rows) {
  const num = v => typeof v === 'number';
  return el('table', {},
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(v => el('td', {class: num(v) ? 'num' : null},
      v === null || v === undefined ? '—' : num(v) ? v.toLocaleString('en') : v))))));
}

const kit = {api, el, monthChart, bandChart, xyChart, showError, table};

async function route() {
  const name = (location.hash.match(/^#\/([a-z]+)/) || [])[1];
  const page = PAGES.includes(name) ? name : 'overview';
  document.body.dataset.ready = 'false';
  document.body.dataset.page = page;
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.page === page);
  const main = document.getElementById('page');
  main.replaceChildren();
  try {
    const module = await import('/static/pages/' + page + '.js');
    await module.render(main, kit);
  } catch (err) {
    showError(main, err);
    document.body.dataset.error = err.message || String(err);
  }
  document.body.dataset.ready = 'true';
}

window.addEventListener('hashchange', route);
api('/api/health').then(h => { document.getElementById('version').textContent = 'strait ' + h.version; }, () => {});
route();
