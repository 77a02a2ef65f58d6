// Scenarios: runs a shipped scenario as a Monte Carlo ensemble (job type "scenario"), shows its progress, and draws
// the fan chart (5–95% and 25–75% bands, median) with the scenario's threshold lines; a second scenario can be run
// alongside for comparison. Every figure says its runs, seed and version.
import {runJob, statusText, busy, failed, idle} from '/static/jobs.js';

const COLORS = ['#1f5fa8', '#c2571a'];

function monthIndex(m) {
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

function monthName(i) {
  return String(Math.floor(i / 12)).padStart(4, '0') + '-' + String(i % 12 + 1).padStart(2, '0');
}

export async function render(main, {api, el, bandChart, showError, table}) {
  main.append(el('h1', {}, 'Scenarios'),
    el('p', {class: 'muted'}, 'What-if runs of the relationship model, as Monte Carlo ensembles with fan charts. '
      + 'The temperature is on the index scale (Goldstein points). By default a run stands on the model fitted to the store\'s whole record '
      + '(its posterior draws, starting from the record\'s last months, shown in grey); untick "on the fitted model" for the run on the priors, unfitted.'));
  const [catalogue, types] = await Promise.all([api('/api/scenarios'), api('/api/jobs/types')]);
  const type = types.find(t => t.name === 'scenario');
  if (!type || catalogue.scenarios.length === 0) {
    main.append(el('div', {class: 'note', id: 'scenarios-missing'},
      'Not yet available: no scenario can be run, because the server found no scenario files'
      + (catalogue.problems.length ? ' (' + catalogue.problems.join('; ') + ')' : '') + '. No fan chart is shown until a run computes one.'));
    return;
  }
  if (catalogue.problems.length) {
    main.append(el('div', {class: 'note', id: 'scenarios-problems'}, 'Scenario files that did not read: ',
      el('ul', {}, catalogue.problems.map(p => el('li', {}, p)))));
  }
  const byId = new Map(catalogue.scenarios.map(s => [s.id, s]));
  const spec = name => type.parameters.find(p => p.name === name);
  const options = selected => catalogue.scenarios.map(s => el('option', {value: s.id, selected: s.id === selected}, s.id + ' — ' + s.title));
  const a = el('select', {id: 'scenario-a', name: 'a'}, options(spec('scenario').defaultValue));
  const b = el('select', {id: 'scenario-b', name: 'b'}, el('option', {value: ''}, '— none —'), options(null));
  const runs = el('input', {type: 'number', id: 'scenario-runs', min: spec('runs').min, max: spec('runs').max, value: spec('runs').defaultValue});
  const seed = el('input', {type: 'number', id: 'scenario-seed', min: spec('seed').min, value: spec('seed').defaultValue});
  const fit = el('input', {type: 'checkbox', id: 'scenario-fit', checked: spec('fit') ? spec('fit').defaultValue === 'true' : false, disabled: !spec('fit')});
  const run = el('button', {type: 'submit', id: 'run-scenario'}, 'Run');
  const cancel = el('button', {type: 'button', class: 'secondary', id: 'cancel-scenario', disabled: true}, 'Cancel');
  let current = null;
  let stopped = false;
  cancel.addEventListener('click', async () => {
    stopped = true;
    if (current) {
      try { await api('/api/jobs/' + current, {method: 'DELETE'}); } catch (err) { showError(messages, err); }
    }
  });
  const form = el('form', {class: 'job'}, el('label', {}, 'scenario', a), el('label', {}, 'compare with', b),
    el('label', {title: spec('runs').description}, 'runs (' + spec('runs').min + '–' + spec('runs').max + ')', runs),
    el('label', {title: spec('seed').description}, 'seed', seed),
    el('label', {class: 'check', title: spec('fit') ? spec('fit').description : ''}, fit, 'on the fitted model (unticked: on the priors, unfitted)'), run, cancel);
  const progress = el('progress', {id: 'progress-scenario', max: 1, value: 0});
  const state = el('span', {id: 'state-scenario', class: 'muted'}, 'not started');
  const about = el('div', {id: 'scenario-about', class: 'muted'});
  const messages = el('div');
  const result = el('div', {id: 'result-scenario'});
  main.append(el('p', {class: 'muted'}, type.description), form, about, el('div', {class: 'status'}, progress, ' ', state), messages, result);
  const describe = () => {
    about.replaceChildren(...[a.value, b.value].filter(id => id).map(id => {
      const s = byId.get(id);
      return el('p', {}, el('strong', {}, s.id), ': ' + s.title + ' Follows ' + s.seeds.join(', ') + ' — ' + s.claim
        + '. From ' + s.start + ', ' + s.horizonMonths + ' months.');
    }));
  };
  a.addEventListener('change', describe);
  b.addEventListener('change', describe);
  describe();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    busy(messages, result, run);
    cancel.disabled = false;
    stopped = false;
    const ids = [a.value, b.value].filter((id, i) => id && (i === 0 || id !== a.value));
    const results = [];
    try {
      for (const id of ids) {
        const params = {scenario: id, runs: Number(runs.value), seed: Number(seed.value)};
        if (spec('fit')) params.fit = fit.checked;
        if (stopped) break;
        const s = await runJob('scenario', params, st => {
          current = st.id;
          progress.max = Math.max(1, st.total);
          progress.value = st.done;
          state.textContent = id + ': ' + statusText(st);
        });
        if (s.state !== 'SUCCEEDED') {
          state.textContent = id + ': ' + s.state.toLowerCase() + (s.error ? ': ' + s.error : '');
          result.dataset.state = s.state;
          return;
        }
        results.push(s.result);
      }
      state.textContent = 'done: ' + results.map(r => r.scenario + ' (' + r.runs + ' runs, seed ' + r.seed + ', ' + basis(r) + ')').join(' and ') + ' · strait ' + results[0].version;
      draw(result, results, {el, bandChart, table});
      result.dataset.state = 'SUCCEEDED';
    } catch (err) {
      failed(messages, err);
    } finally {
      idle(run, cancel);
      current = null;
    }
  });
}

/** Says what a run stands on: the fit (its window) or the priors. */
function basis(r) {
  return r.fitted ? 'fitted on ' + r.fitted.trainStart + '–' + r.fitted.trainEnd : 'on the priors, unfitted';
}

function draw(target, results, {el, bandChart, table}) {
  const observed = results.map(r => r.fitted).find(f => f && f.observedMonths.length);
  const lo = Math.min(...results.map(r => monthIndex(r.months[0])), ...(observed ? [monthIndex(observed.observedMonths[0])] : []));
  const hi = Math.max(...results.map(r => monthIndex(r.months[r.months.length - 1])));
  const months = [];
  for (let i = lo; i <= hi; i++) months.push(monthName(i));
  const align = (r, values) => months.map(m => { const t = monthIndex(m) - monthIndex(r.months[0]); return t >= 0 && t < values.length ? values[t] : null; });
  const layers = results.map((r, i) => ({label: r.scenario + ' (' + basis(r) + ')', color: COLORS[i], mid: align(r, r.quantiles[2]), bands: [
    {label: '5–95%', lower: align(r, r.quantiles[0]), upper: align(r, r.quantiles[4]), fill: COLORS[i] + '22'},
    {label: '25–75%', lower: align(r, r.quantiles[1]), upper: align(r, r.quantiles[3]), fill: COLORS[i] + '55'}]}));
  if (observed) {
    const byMonth = new Map(observed.observedMonths.map((m, i) => [m, observed.observed[i]]));
    layers.push({label: 'observed index (gaps: no events)', color: '#555555', mid: months.map(m => byMonth.has(m) ? byMonth.get(m) : null), bands: []});
  }
  const seen = new Set();
  const lines = [];
  for (const r of results) {
    for (const t of r.thresholds) {
      const key = t.name + t.level;
      if (seen.has(key)) continue;
      seen.add(key);
      const nth = lines.filter(l => l.below === t.below).length;
      lines.push({y: t.level, below: t.below, color: (t.below ? ['#a11d1d', '#7b2d8e'] : ['#2e7d32', '#147a8c'])[nth % 2],
        label: t.name + (t.below ? ' (below ' : ' (above ') + t.level + ')'});
    }
  }
  const chart = el('div', {id: 'scenario-chart'});
  target.append(chart);
  bandChart(chart, {title: results.map(r => r.scenario + ': ' + r.runs + ' runs, seed ' + r.seed).join(' vs ')
      + ' — median, 25–75% and 5–95% of runs', months, layers, lines, height: 340, yLabel: 'temperature (index scale)'});
  target.append(el('p', {class: 'muted', id: 'scenario-basis'}, 'Bands: the share of runs between the quantiles in each month, not a confidence interval of the model. '
    + results.map(r => r.scenario + ': ' + (r.fitted ? 'fitted on the store\'s record ' + r.fitted.trainStart + '–' + r.fitted.trainEnd
      + ' (fit seed ' + r.fitted.fitSeed + ', ' + r.fitted.draws + ' posterior draws); starts from ' + r.fitted.start
      : 'on the priors, unfitted: the mechanisms\' parameters at their priors\' centres')).join('. ') + '. strait ' + results[0].version + '.'));
  target.append(el('h2', {}, 'Threshold crossings'), el('div', {id: 'scenario-thresholds'}, table(
    ['scenario', 'threshold', 'crossing', 'level', 'share of runs crossed by ' + months[months.length - 1], 'where the level comes from'],
    results.flatMap(r => r.thresholds.map(t => [r.scenario, t.name, t.below ? 'below' : 'above', t.level,
      (100 * t.byEnd).toFixed(1) + '% (' + r.runs + ' runs)', t.note])))));
}
