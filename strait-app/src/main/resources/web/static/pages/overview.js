// Overview: the Japan–South Korea relation index over the whole record (each month's value with its 90% interval
// band, and the level), the month's raw mean (broken where a month has no data: gaps stay gaps), the turning points
// found in it (vertical lines: changes of level and shocks) and, on hover or click, the chronicle's notes near each
// with their sources.
const UP = '#2e8b57';
const DOWN = '#c0392b';

const RAW = '#8a8a8a';
const LEVEL = '#0b2e59';
const RATES = [0.3, 1, 3];
let rate = null; // the server's default false-alarm rate until one is chosen

function pct(x) {
  return (100 * x).toFixed(1) + '%';
}

function perYear(x) {
  return x + ' a year';
}

function kindOf(p) {
  return p.kind === 'SHOCK' ? (p.months === 2 ? 'two-month shock' : 'shock') : 'change of level';
}

function arrow(p) {
  return (p.direction === 'UP' ? '▲ ' : '▼ ') + (p.kind === 'SHOCK' ? 'shock ' : 'level ');
}

function measureOf(p) {
  return p.measure === 'NET_COOPERATION' ? 'net cooperation share' : 'mean Goldstein score';
}

// Returns the runs of months without data as 'first..last' (or one month).
function gaps(months) {
  const runs = [];
  let start = null;
  months.forEach((m, i) => {
    if (m.raw == null && start == null) start = m.month;
    if (m.raw != null && start != null) { runs.push(start === months[i - 1].month ? start : start + '..' + months[i - 1].month); start = null; }
  });
  if (start != null) runs.push(start + '..' + months[months.length - 1].month);
  return runs;
}

export async function render(main, kit) {
  const {api, el, bandChart} = kit;
  main.append(el('h1', {}, 'Overview'),
    el('p', {class: 'muted'}, 'Japan–South Korea in the event record: how cooperative or conflictual the pair was, month by month.'));
  const [index, turns] = await Promise.all([api('/api/index?dyad=JPN-KOR'), api('/api/turning-points?dyad=JPN-KOR' + (rate == null ? '' : '&falseAlarmRate=' + rate))]);
  main.append(el('h2', {}, 'The Japan–South Korea relation index'));
  if (index.months.length === 0) {
    main.append(el('div', {class: 'note', id: 'overview-empty'},
      'The store holds no Japan–South Korea events, so there is no index to show. Ingest event files with '
      + '"strait ingest FILES…" and reload.'));
    return;
  }
  const months = index.months;
  const first = months[0].month;
  const last = months[months.length - 1].month;
  const chart = el('div', {id: 'overview-chart'});
  const detail = el('div', {id: 'overview-detail', class: 'detail muted'}, 'Hover over the chart near a turning point, or open one below, to see the chronicle\'s notes.');
  main.append(chart, detail);
  const byMonth = new Map(turns.points.map(p => [p.month, p]));
  const near = month => {
    for (const p of turns.points) {
      const d = (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))) - (Number(p.month.slice(0, 4)) * 12 + Number(p.month.slice(5, 7)));
      if (Math.abs(d) <= 1) return p;
    }
    return null;
  };
  const show = p => {
    detail.className = 'detail';
    detail.replaceChildren(turnBody(el, p));
    detail.dataset.month = p.month;
  };
  bandChart(chart, {
    title: 'JPN–KOR index, ' + first + ' to ' + last + ' (' + index.events.toLocaleString('en') + ' events; band: '
      + Math.round(100 * index.level) + '% interval)',
    months: months.map(m => m.month), yLabel: 'Goldstein points (+ cooperative)',
    layers: [{label: 'index', mid: months.map(m => m.index), color: '#1f5fa8',
      bands: [{label: Math.round(100 * index.level) + '%', lower: months.map(m => m.lower), upper: months.map(m => m.upper)}]},
      {label: 'level', mid: months.map(m => m.level), color: LEVEL},
      {label: 'raw monthly mean', mid: months.map(m => m.raw), color: RAW}],
    markers: turns.points.map(p => ({month: p.month, color: p.direction === 'UP' ? UP : DOWN, label: arrow(p) + p.month})),
    onCursor: month => { const p = byMonth.get(month) || near(month); if (p) show(p); },
  });
  const sources = [...new Set(months.map(m => m.source).filter(s => s))];
  main.append(el('p', {class: 'muted', id: 'overview-provenance'},
    'Index: mean Goldstein score of the month\'s distinct events in both directions (grey: the raw monthly mean), '
    + 'estimated as the month\'s value, its level plus its own effect: a thin month is shrunk toward the level with a wide '
    + 'band, a dense month follows its own mean with a narrow one, and across months without data the band widens with '
    + 'the gap. Dark line: the level, smoothed by a local level that lets crises show. Sources used: ' + (sources.join(', ') || 'none') + ' (the most complete per month). Months without events: '
    + months.filter(m => m.events === 0).length + (gaps(months).length ? ' (' + gaps(months).join(', ') + ')' : '')
    + '. strait ' + index.version + '.'));

  const choose = el('select', {id: 'overview-rate'}, RATES.map(r => el('option', {value: r, selected: r === (rate == null ? turns.falseAlarmRate : rate)}, perYear(r))));
  choose.addEventListener('change', async () => {
    rate = Number(choose.value);
    document.body.dataset.ready = 'false';
    main.replaceChildren();
    await render(main, kit);
    document.body.dataset.ready = 'true';
  });
  main.append(el('h2', {}, 'Turning points'), el('label', {class: 'muted'}, 'false-alarm rate ', choose));
  main.append(el('p', {class: 'muted', id: 'overview-turns-method'},
    'Changes of level (level) and one- or two-month excursions that revert (shock), found by the auxiliary residuals of the '
    + 'local level of the mean Goldstein score and of the net cooperation share; each threshold is calibrated by simulating '
    + turns.replicates + ' turn-free series from that measure\'s own fitted model with the record\'s events (seed ' + turns.seed
    + ') so that a series without any turn shows at most ' + perYear(turns.falseAlarmRate) + ' false ones in all (the false-alarm rate). Months on either side of a gap are never compared. '
    + 'Confidence: 1 minus the false turning points a year at least this strong. Notes: the chronicle\'s entries within a month.'));
  if (turns.note) main.append(el('div', {class: 'note'}, turns.note));
  if (turns.points.length === 0) {
    main.append(el('p', {id: 'overview-turns'}, 'No turning point stands out at this false-alarm rate.'));
    return;
  }
  const list = el('div', {id: 'overview-turns'});
  for (const p of turns.points) {
    const summary = el('summary', {}, arrow(p) + p.month + ': ' + measureOf(p) + ' ' + p.before.toFixed(2) + ' → '
      + p.after.toFixed(2) + ' (confidence ' + pct(p.confidence) + ', ' + p.notes.length + ' chronicle notes)');
    const item = el('details', {'data-month': p.month}, summary, turnBody(el, p));
    item.addEventListener('toggle', () => { if (item.open) show(p); });
    list.append(item);
  }
  main.append(list);
}

function turnBody(el, p) {
  const head = el('div', {}, el('strong', {}, (p.direction === 'UP' ? 'Rise' : 'Fall') + ' (' + kindOf(p) + ') ' + (p.kind === 'SHOCK' ? 'in ' : 'from ') + p.month),
    ' — ' + measureOf(p) + ' ' + p.before.toFixed(2) + ' before, ' + p.after.toFixed(2) + (p.kind === 'SHOCK' ? ' during' : ' after') + '; confidence ' + pct(p.confidence)
    + '; ' + p.events + ' events that month.');
  if (p.notes.length === 0) return el('div', {}, head, el('p', {class: 'muted'}, 'The chronicle has no entry within a month of it.'));
  return el('div', {}, head, el('ul', {class: 'notes'}, p.notes.map(n =>
    el('li', {}, el('span', {class: 'date'}, n.date), ' ', n.title, ' ', el('span', {class: 'source'}, '— source: ' + n.source)))));
}
