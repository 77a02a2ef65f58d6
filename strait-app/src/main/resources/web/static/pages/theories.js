// Theories: the verdict table (job type "verdicts", as "strait verdicts"): for each mechanism its key parameter's
// estimate and 95% interval, and for each seed claim on it the claim's source, prediction, agreement and verdict.
// It opens on the table computed last on the store (GET /api/verdicts/latest: by the demo, strait verdicts or this
// page) with its provenance, and offers a rerun.
import {jobRunner} from '/static/jobs.js';
import {ApiError} from '/static/app.js';

export async function render(main, {api, el, table}) {
  main.append(el('h1', {}, 'Theories'),
    el('p', {class: 'muted'}, 'What the record says about each claim of the five seed analyses: the model is fitted on a training window, '
      + 'refitted without each mechanism, and every fit is backtested on the following test window.'));
  const types = await api('/api/jobs/types');
  const type = types.find(t => t.name === 'verdicts');
  if (!type) {
    main.append(el('div', {class: 'note', id: 'theories-missing'},
      'Not yet available: this server cannot compute the verdict table. No verdict is shown until it is computed from data.'));
    return;
  }
  const latest = el('div', {id: 'verdicts-latest'});
  const box = el('div', {id: 'job-verdicts'});
  const heading = el('h2', {id: 'theories-run-heading'}, 'Compute the table');
  main.append(latest, heading,
    el('p', {class: 'muted', id: 'theories-run-note'}, 'One fit and one refit per mechanism on this store: minutes. '
      + 'Verdicts: supported, contradicted, or not distinguishable from noise, by the rule stated with the table. '
      + 'The new table is shown above, and kept in the store when this server may write to it.'), box);
  const show = saved => {
    heading.textContent = 'Compute the table again';
    latest.replaceChildren(el('h2', {}, 'Verdict table'),
      el('p', {class: 'verdicts-provenance'}, 'Computed ' + saved.computedAt.slice(0, 16).replace('T', ' ') + ' UTC by '
        + saved.computedBy + ' on the store\'s events of ' + saved.data.start + '–' + saved.data.end + ' (' + saved.data.files
        + ' files); training ' + saved.windows.trainStart + '–' + saved.windows.trainEnd + ', test ' + saved.windows.testStart
        + '–' + saved.windows.testEnd + '; seed ' + saved.seed + ', ' + saved.samples + ' paths per forecast; strait ' + saved.version + '.'));
    if (saved.data.filesNow !== saved.data.files) {
      latest.append(el('div', {class: 'note', id: 'verdicts-stale'}, 'The store has changed since (' + saved.data.filesNow
        + ' files now): compute the table again below to include what was added.'));
    }
    draw(latest, Object.assign({samples: saved.samples}, saved.table), {el, table});
  };
  jobRunner(box, type, {onResult: async (target, r) => {
    if (r.kept) {
      show(await api('/api/verdicts/latest'));
    } else {
      latest.replaceChildren(el('h2', {}, 'Verdict table (this run)'),
        el('div', {class: 'note', id: 'verdicts-not-kept'}, 'Computed and shown here, but ' + r.notKept + '.'),
        el('p', {class: 'verdicts-provenance'}, 'Training ' + r.meta.trainStart + '–' + r.meta.trainEnd + ', test ' + r.meta.testStart
          + '–' + r.meta.testEnd + '; seed ' + r.seed + ', ' + r.samples + ' paths per forecast; strait ' + r.meta.version + '.'));
      draw(latest, r, {el, table});
    }
  }});
  try {
    show(await api('/api/verdicts/latest'));
  } catch (err) {
    if (!(err instanceof ApiError) || err.status !== 404) throw err;
    latest.append(el('p', {class: 'muted', id: 'verdicts-none'}, 'No verdict table has been computed on this store yet '
      + '(strait demo and strait verdicts keep theirs here): compute it below.'));
  }
}

function num(v, digits = 2) {
  return v === null || v === undefined ? '—' : Number(v).toFixed(digits);
}

function draw(target, r, {el, table}) {
  const m = r.meta;
  target.append(el('p', {class: 'muted verdicts-meta'}, Number(m.events).toLocaleString('en') + ' events. Intervals: ' + m.intervals + '.'));
  if (m.rule) target.append(el('p', {class: 'muted'}, 'Rule: ' + m.rule));
  const rows = [];
  for (const [id, mech] of Object.entries(r.mechanisms)) {
    for (const c of mech.claims) {
      rows.push([id + ' ' + mech.title, mech.parameter + ' = ' + num(mech.estimate) + ' [' + num(mech.lower) + ', ' + num(mech.upper) + ']',
        c.label, c.source, (c.predictedSign > 0 ? '+ ' : '− ') + c.prediction, c.agreement, c.verdict,
        num(c.skillChangeWhenRemoved && c.skillChangeWhenRemoved.meanConditional, 3), c.reason]);
    }
  }
  target.append(el('div', {class: 'verdicts-table'}, table(['mechanism', 'key parameter [95%]', 'claim', 'seed / source', 'predicts',
    'sign', 'verdict', 'Δ skill without it', 'why'], rows)));
  if (m.notes && m.notes.length) target.append(el('ul', {class: 'muted'}, m.notes.map(n => el('li', {}, n))));
}
