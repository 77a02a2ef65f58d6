// Dyads: every pair of the six followed countries, with its stored events, small multiples of the pairs that have
// events, and a job that counts a pair's events month by month (the job facility, end to end).
import {jobRunner} from '/static/jobs.js';

export async function render(main, {api, el, monthChart, table}) {
  main.append(el('h1', {}, 'Dyads'), el('p', {class: 'muted'},
    'All pairs among Japan, South Korea, the United States, China, North Korea and Russia; events in both directions.'));
  const [rows, types] = await Promise.all([api('/api/dyads'), api('/api/jobs/types')]);
  main.append(el('div', {id: 'dyads-table'}, table(['pair', 'events', 'first', 'last'],
    rows.map(r => [r.dyad, r.events, r.first, r.last]))));

  const withEvents = rows.filter(r => r.events > 0);
  main.append(el('h2', {}, 'Events per month'));
  if (withEvents.length === 0) {
    main.append(el('div', {class: 'note'}, 'No pair has stored events yet.'));
  } else {
    const grid = el('div', {class: 'grid', id: 'dyads-grid'});
    main.append(grid);
    const series = await Promise.all(withEvents.map(r => api('/api/events/monthly?dyad=' + r.dyad)));
    series.forEach(s => {
      const box = el('div', {'data-dyad': s.dyad});
      grid.append(box);
      monthChart(box, {title: s.dyad, months: s.months, series: [{label: 'events', values: s.counts}], height: 160});
    });
  }
  main.append(el('div', {class: 'note'}, 'Not yet available: the cooperation–conflict index of each pair (normalised for news volume), '
    + 'which replaces these raw counts once the indices are part of this build.'));

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
