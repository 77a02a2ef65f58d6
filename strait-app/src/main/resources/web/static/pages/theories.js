// Theories: the verdict table (job type "verdicts", as "strait verdicts"): for each mechanism its key parameter's
// estimate and 95% interval, and for each seed claim on it the claim's source, prediction, agreement and verdict.
import {jobRunner} from '/static/jobs.js';

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
  main.append(el('div', {class: 'note', id: 'theories-run-note'},
    'The verdict table is computed on demand from the store (one fit and one refit per mechanism); it takes a while. '
    + 'Verdicts: supported, contradicted, or not distinguishable from noise, by the rule stated with the table.'));
  const latest = el('div', {id: 'verdicts-latest'});
  const box = el('div', {id: 'job-verdicts'});
  main.append(latest, el('h2', {}, 'Compute the table'), box);
  jobRunner(box, type, {onResult: (target, r) => draw(target, r, {el, table})});
  // the newest table this server has computed, so that a visitor need not compute it again
  const jobs = await api('/api/jobs');
  const done = jobs.find(j => j.type === 'verdicts' && j.state === 'SUCCEEDED');
  if (done) {
    const r = (await api('/api/jobs/' + done.id + '/result')).result;
    latest.append(el('h2', {}, 'Verdict table (computed ' + done.finishedAt.slice(0, 19).replace('T', ' ') + ' UTC, job ' + done.id.slice(0, 8) + ')'));
    draw(latest, r, {el, table});
  } else {
    latest.append(el('p', {class: 'muted', id: 'verdicts-none'}, 'This server has not computed a verdict table yet: run it below.'));
  }
}

function num(v, digits = 2) {
  return v === null || v === undefined ? '—' : Number(v).toFixed(digits);
}

function draw(target, r, {el, table}) {
  const m = r.meta;
  target.append(el('p', {class: 'muted verdicts-meta'}, 'Training ' + m.trainStart + '–' + m.trainEnd + ', test ' + m.testStart + '–'
    + m.testEnd + '; ' + Number(m.events).toLocaleString('en') + ' events; seed ' + m.seed + ', ' + r.samples + ' paths per forecast; strait '
    + m.version + '. Intervals: ' + m.intervals + '.'));
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
