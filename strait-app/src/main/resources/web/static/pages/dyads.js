// Dyads: every pair of the six followed countries, with its stored events, small multiples of each pair's relation
// index (one shared scale, 90% bands), and a job that counts a pair's events month by month.
import {jobRunner} from '/static/jobs.js';

export async function render(main, {api, el, monthChart, bandChart, table}) {
  main.append(el('h1', {}, 'Dyads'), el('p', {class: 'muted'},
    'All pairs among Japan, South Korea, the United States, China, North Korea and Russia; events in both directions.'));
  const [rows, types] = await Promise.all([api('/api/dyads'), api('/api/jobs/types')]);
  main.append(el('div', {id: 'dyads-table'}, table(['pair', 'events', 'first', 'last'],
    rows.map(r => [r.dyad, r.events, r.first, r.last]))));

  main.append(el('h2', {}, 'Relation index of each pair'));
  const withEvents = rows.filter(r => r.events > 0);
  if (withEvents.length === 0) {
    main.append(el('div', {class: 'note', id: 'dyads-empty'}, 'No pair has stored events yet, so no index can be shown.'));
  } else {
    const series = await Promise.all(withEvents.map(r => api('/api/index?dyad=' + r.dyad)));
    const lows = series.flatMap(s => s.months.map(m => m.lower));
    const highs = series.flatMap(s => s.months.map(m => m.upper));
    const yRange = [Math.min(...lows), Math.max(...highs)];
    main.append(el('p', {class: 'muted'}, 'Mean Goldstein score of each month\'s distinct events, smoothed, with its 90% band; '
      + 'all panels share one value scale (' + yRange[0].toFixed(1) + ' to ' + yRange[1].toFixed(1)
      + '). Pairs without stored events have no panel: ' + (rows.filter(r => r.events === 0).map(r => r.dyad).join(', ') || 'none') + '.'));
    const grid = el('div', {class: 'small-grid', id: 'dyads-grid'});
    main.append(grid);
    series.forEach(s => {
      const box = el('div', {'data-dyad': s.dyad});
      grid.append(box);
      const first = s.months[0].month;
      const last = s.months[s.months.length - 1].month;
      bandChart(box, {title: s.dyad + ' (' + first + '–' + last + ', ' + s.events.toLocaleString('en') + ' events)',
        months: s.months.map(m => m.month), height: 170, yRange, legend: false,
        layers: [{label: 'index', mid: s.months.map(m => m.index),
          bands: [{label: '90%', lower: s.months.map(m => m.lower), upper: s.months.map(m => m.upper)}]}]});
    });
  }

  main.append(el('h2', {}, 'Run a job: events per month'));
  const type = types.find(t => t.name === 'monthly-counts');
  const box = el('div', {id: 'job-monthly-counts'});
  main.append(box);
  jobRunner(box, type, {initial: {dyad: 'JPN-KOR'}, onResult: (target, r) => {
    const chart = el('div', {id: 'job-chart'});
    target.append(chart);
    monthChart(chart, {title: r.dyad + (r.strict ? ' (strict)' : '') + ': ' + r.total.toLocaleString('en') + ' events',
      months: r.months, series: [{label: 'events', values: r.counts}]});
  }});
}
