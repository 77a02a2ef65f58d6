// Bargaining: runs a shipped dispute through the expected-utility or the spatial model with a Monte Carlo over its
// inputs (job type "bargaining"): positions over rounds, the distribution of outcomes next to the baseline and the
// observed outcome, and which inputs move the outcome most.
import {jobRunner} from '/static/jobs.js';

const BIN = 5;

export async function render(main, {api, el, xyChart, table}) {
  main.append(el('h1', {}, 'Bargaining'),
    el('p', {class: 'muted'}, 'Expected-utility (Scholz, Calbert and Smith 2011) and spatial (KTAB) bargaining over one dispute. '
      + 'Every capability, position and salience in the cases is an analyst judgement written for strait, not data.'));
  const [catalogue, types] = await Promise.all([api('/api/cases'), api('/api/jobs/types')]);
  const type = types.find(t => t.name === 'bargaining');
  if (!type || catalogue.cases.length === 0) {
    main.append(el('div', {class: 'note', id: 'bargaining-missing'},
      'Not yet available: this server has no bargaining cases' + (catalogue.problems.length ? ' (' + catalogue.problems.join('; ') + ')' : '') + '.'));
    return;
  }
  const box = el('div', {id: 'job-bargaining'});
  main.append(box);
  jobRunner(box, type, {
    choices: {
      dispute: catalogue.cases.map(c => ({value: c.id, label: c.id + ' — ' + c.title})),
      model: [{value: 'smp', label: 'smp — spatial model (KTAB)'}, {value: 'eu', label: 'eu — expected utility'}],
    },
    onResult: (target, r) => draw(target, r, {el, xyChart, table}),
  });
}

function draw(target, r, {el, xyChart, table}) {
  const k = 0;
  const dim = r.dimensions[k];
  const mc = dim.monteCarlo;
  target.append(el('h2', {}, r.title + ' — ' + dim.name),
    el('p', {class: 'muted'}, 'Model ' + r.model + ': ' + r.rounds + ' rounds, ' + (r.converged ? 'converged' : 'did not converge')
      + '. Scale: 0 = ' + dim.low + '; 100 = ' + dim.high + '. Monte Carlo: ' + mc.runs + ' runs, seed ' + mc.seed + ', strait ' + r.version + '.'));

  const positions = el('div', {id: 'bargaining-positions'});
  target.append(positions);
  const rounds = r.actors[0].positions[k].map((_, t) => t);
  xyChart(positions, {title: 'Positions over rounds', x: rounds, xLabel: 'round', yLabel: 'position (0–100)',
    series: r.actors.map(a => ({label: a.name, values: a.positions[k]}))});

  const counts = new Array(100 / BIN).fill(0);
  for (const v of mc.outcomes) counts[Math.min(counts.length - 1, Math.max(0, Math.floor(v / BIN)))]++;
  const centres = counts.map((_, i) => i * BIN + BIN / 2);
  const markers = [{x: dim.baseline, color: '#5b6775', label: 'baseline ' + dim.baseline.toFixed(1)},
    {x: dim.median, color: '#1f5fa8', label: 'predicted ' + dim.median.toFixed(1)}];
  if (r.observed) markers.push({x: r.observed.position, color: '#2e8b57', label: 'observed ' + r.observed.position});
  const outcomes = el('div', {id: 'bargaining-outcomes'});
  target.append(outcomes);
  xyChart(outcomes, {title: 'Outcome (weighted median of final positions) over ' + mc.runs + ' Monte Carlo runs', x: centres,
    xLabel: 'outcome (bins of ' + BIN + ' points)', yLabel: 'runs', bars: true, markers,
    series: [{label: 'runs', values: counts}]});

  target.append(el('div', {id: 'bargaining-summary'}, table(['', 'position'], [
    ['predicted outcome (this run, weighted median)', round(dim.median)],
    ['weighted mean of final positions', round(dim.weightedMean)],
    ['baseline: capability × salience weighted mean of the initial positions', round(dim.baseline)],
    ['Monte Carlo 10%–90% of outcomes', round(mc.p10) + ' – ' + round(mc.p90)],
    ['share of runs that settled', (100 * mc.settledShare).toFixed(0) + '%'],
    ['observed outcome (our placement)', r.observed ? r.observed.position + ' — ' + r.observed.note : null]])));
  target.append(el('h2', {}, 'Sensitivity: which inputs move the outcome'), el('div', {id: 'bargaining-sensitivity'},
    table(['actor', 'first-order share of outcome variance (sum of r²)', 'capability r²', 'saliences r²', 'positions r²'],
      mc.sensitivity.map(s => [s.actor, round(s.share, 2), round(s.capability, 2), round(s.salience, 2), round(s.position, 2)]))));
}

function round(v, digits = 1) {
  return v === null || v === undefined ? null : Number(v.toFixed(digits));
}
