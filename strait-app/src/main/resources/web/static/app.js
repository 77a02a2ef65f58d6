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

const kit = {api, el, monthChart, showError, table};

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
