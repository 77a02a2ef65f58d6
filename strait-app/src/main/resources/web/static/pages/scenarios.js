// Scenarios: runs scenario ensembles as jobs when a "scenario" job type is registered; says so when it is not.
import {jobRunner} from '/static/jobs.js';

export async function render(main, {api, el, table}) {
  main.append(el('h1', {}, 'Scenarios'),
    el('p', {class: 'muted'}, 'What-if runs of the relationship model, as Monte Carlo ensembles with fan charts.'));
  const types = await api('/api/jobs/types');
  const scenario = types.find(t => t.name === 'scenario');
  if (!scenario) {
    main.append(el('div', {class: 'note', id: 'scenarios-missing'},
      'Not yet available: scenario runs. This server has no scenario job type: the model and the shipped scenarios '
      + 'are not part of this build. No fan chart is shown until a run computes one.'));
  } else {
    const box = el('div', {id: 'job-scenario'});
    main.append(box);
    jobRunner(box, scenario, {onResult: (target, result) => target.append(el('pre', {}, JSON.stringify(result, null, 1)))});
  }
  main.append(el('h2', {}, 'Jobs this server runs'),
    table(['type', 'what it does', 'parameters'], types.map(t => [t.name, t.description,
      t.parameters.map(p => p.name + (p.min !== null && p.kind === 'INTEGER' ? ' ' + p.min + '..' + p.max : '')).join(', ')])));
}
