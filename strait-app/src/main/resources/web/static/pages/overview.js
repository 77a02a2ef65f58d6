// Overview: the Japan–South Korea record as it stands in the store. Until the relation index lands, the chart
// shows raw monthly event counts (both directions), which follow news volume as much as the relationship.
export async function render(main, {api, el, monthChart}) {
  main.append(el('h1', {}, 'Overview'),
    el('p', {class: 'muted'}, 'Japan–South Korea in the event record.'));
  const series = await api('/api/events/monthly?dyad=JPN-KOR');
  main.append(el('h2', {}, 'Japan–South Korea events per month, both directions'));
  if (series.months.length === 0) {
    main.append(el('div', {class: 'note', id: 'overview-empty'},
      'The store holds no Japan–South Korea events. Ingest event files with "strait ingest FILES…" and reload.'));
  } else {
    const chart = el('div', {id: 'overview-chart'});
    main.append(chart);
    monthChart(chart, {title: 'JPN–KOR events per month (' + series.months[0] + ' to '
      + series.months[series.months.length - 1] + ', ' + series.total.toLocaleString('en') + ' events)',
    months: series.months, series: [{label: 'events', values: series.counts}]});
    main.append(el('p', {class: 'muted'}, 'Source: every stored file; an event counts when both its actors resolve to Japan and South Korea. '
      + 'Raw counts rise and fall with news coverage; they are not yet a measure of the relationship.'));
  }
  main.append(el('div', {class: 'note'},
    'Not yet available: the Japan–Korea relation index with its interval band, the turning points found in it, '
    + 'and the chronicle events that annotate them. They replace this chart once the index and chronicle are part of this build.'));
}
