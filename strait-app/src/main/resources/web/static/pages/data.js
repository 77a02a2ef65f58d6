// Data: what was ingested, from the store's tables: sources and their spans, files, rejected rows by reason, and
// the valid rows of each source per month (kept or not).
export async function render(main, {api, el, monthChart, table}) {
  main.append(el('h1', {}, 'Data'), el('p', {class: 'muted'}, 'What the store holds, as ingested.'));
  const d = await api('/api/data');
  if (d.files.length === 0) {
    main.append(el('div', {class: 'note', id: 'data-empty'}, 'Nothing ingested yet: run "strait ingest FILES…".'));
    return;
  }
  main.append(el('h2', {}, 'Sources'), el('div', {id: 'data-sources'}, table(
    ['source', 'files', 'valid rows', 'kept events', 'rejected rows', 'first month', 'last month'],
    d.sources.map(s => [s.source, s.files, s.valid, s.kept, s.rejected, s.firstMonth, s.lastMonth]))));

  main.append(el('h2', {}, 'Valid rows per month'));
  const chart = el('div', {id: 'data-chart'});
  main.append(chart);
  monthChart(chart, {title: 'valid rows per month and source (kept or not; a gap is a month the source does not cover)',
    months: d.monthly.months, series: d.monthly.series.map(s => ({label: s.source, values: s.counts}))});

  main.append(el('h2', {}, 'Rejected rows by reason'));
  main.append(d.rejects.length === 0 ? el('p', {class: 'muted'}, 'No row was rejected.')
    : el('div', {id: 'data-rejects'}, table(['source', 'reason', 'rows'], d.rejects.map(r => [r.source, r.reason, r.rows]))));

  main.append(el('h2', {}, 'Files'), el('div', {id: 'data-files'}, table(
    ['#', 'file', 'format', 'source', 'bytes', 'ingested', 'valid', 'kept', 'rejected', 'months', 'events'],
    d.files.map(f => [f.id, f.name, f.format, f.source, f.bytes, f.ingestedAt.slice(0, 19), f.valid, f.kept, f.rejected,
      f.firstMonth ? f.firstMonth + ' – ' + f.lastMonth : null, f.firstEvent ? f.firstEvent + ' – ' + f.lastEvent : null]))));
}
