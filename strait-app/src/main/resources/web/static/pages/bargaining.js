// Bargaining: runs a dispute's bargaining model as a job when a "bargaining" job type is registered.
import {jobRunner} from '/static/jobs.js';

export async function render(main, {api, el}) {
  main.append(el('h1', {}, 'Bargaining'),
    el('p', {class: 'muted'}, 'Expected-utility and spatial bargaining over one dispute: positions over rounds, outcomes, sensitivity.'));
  const types = await api('/api/jobs/types');
  const bargaining = types.find(t => t.name === 'bargaining');
  if (!bargaining) {
    main.append(el('div', {class: 'note', id: 'bargaining-missing'},
      'Not yet available: bargaining runs. This server has no bargaining job type: the disputes, their stakeholders '
      + 'and the bargaining models are not part of this build.'));
    return;
  }
  const box = el('div', {id: 'job-bargaining'});
  main.append(box);
  jobRunner(box, bargaining, {onResult: (target, result) => target.append(el('pre', {}, JSON.stringify(result, null, 1)))});
}
