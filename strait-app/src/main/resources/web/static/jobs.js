// A generic job runner: builds a form from a job type's parameter specs (/api/jobs/types), submits the job,
// shows its progress, lets the user cancel it, and hands the result to the page. Scenario and bargaining pages
// reuse it when those job types are registered.
import {api, el, showError, ApiError} from '/static/app.js';

function input(spec, initial, choices) {
  const id = 'param-' + spec.name;
  const value = initial[spec.name] !== undefined ? initial[spec.name] : spec.defaultValue;
  if (choices[spec.name]) {
    return el('label', {title: spec.description}, spec.name,
      el('select', {id, name: spec.name}, choices[spec.name].map(c => el('option', {value: c.value, selected: c.value === value}, c.label))));
  }
  switch (spec.kind) {
    case 'BOOLEAN':
      return el('label', {class: 'check', title: spec.description},
        el('input', {type: 'checkbox', id, name: spec.name, checked: value === true || value === 'true'}), spec.name);
    case 'INTEGER':
      return el('label', {title: spec.description}, spec.name,
        el('input', {type: 'number', id, name: spec.name, min: spec.min, max: spec.max, value}));
    case 'MONTH':
      return el('label', {title: spec.description}, spec.name,
        el('input', {type: 'text', id, name: spec.name, placeholder: 'YYYY-MM', size: 8, value}));
    default:
      return el('label', {title: spec.description}, spec.name + (spec.required ? ' *' : ''),
        el('input', {type: 'text', id, name: spec.name, size: spec.kind === 'DYAD' ? 8 : 16, value}));
  }
}

function readParams(form, specs) {
  const params = {};
  for (const spec of specs) {
    const field = form.elements[spec.name];
    if (spec.kind === 'BOOLEAN') params[spec.name] = field.checked;
    else if (field.value.trim() !== '') params[spec.name] = spec.kind === 'INTEGER' ? Number(field.value) : field.value.trim();
  }
  return params;
}

/**
 * Renders a runner for `type` into `target`. `onResult(box, result)` draws a succeeded job's result.
 * Elements carry ids run-<type>, cancel-<type>, progress-<type>, state-<type> for the tests.
 */
export function jobRunner(target, type, {initial = {}, choices = {}, onResult}) {
  const progress = el('progress', {id: 'progress-' + type.name, max: 1, value: 0});
  const state = el('span', {id: 'state-' + type.name, class: 'muted'}, 'not started');
  const cancel = el('button', {type: 'button', class: 'secondary', id: 'cancel-' + type.name, disabled: true}, 'Cancel');
  const run = el('button', {type: 'submit', id: 'run-' + type.name}, 'Run');
  const form = el('form', {class: 'job'}, type.parameters.map(s => input(s, initial, choices)), run, cancel);
  const result = el('div', {id: 'result-' + type.name});
  const messages = el('div');
  target.append(el('p', {class: 'muted'}, type.description), form, el('div', {class: 'status'}, progress, ' ', state),
    messages, result);
  let current = null;

  cancel.addEventListener('click', async () => {
    if (current) {
      try { await api('/api/jobs/' + current, {method: 'DELETE'}); } catch (err) { showError(messages, err); }
    }
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    busy(messages, result, run);
    try {
      const job = await api('/api/jobs', {method: 'POST', body: JSON.stringify({type: type.name, params: readParams(form, type.parameters)})});
      current = job.id;
      cancel.disabled = false;
      let s = job;
      while (!['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(s.state)) {
        progress.max = Math.max(1, s.total);
        progress.value = s.done;
        state.textContent = statusText(s);
        await new Promise(r => setTimeout(r, 150));
        s = await api('/api/jobs/' + job.id);
      }
      progress.max = Math.max(1, s.total);
      progress.value = s.done;
      state.textContent = s.state.toLowerCase() + (s.error ? ': ' + s.error : '') + ' · version ' + s.version;
      result.dataset.state = s.state;
      if (s.state === 'SUCCEEDED') onResult(result, (await api('/api/jobs/' + job.id + '/result')).result);
    } catch (err) {
      failed(messages, err);
    } finally {
      idle(run, cancel);
      current = null;
    }
  });
}

/** Shows a failed request's error in `messages`, and the token field when the server asked for one (401). */
export function failed(messages, err) {
  showError(messages, err);
  if (err instanceof ApiError && err.status === 401) askToken(messages);
}

/** Readies a runner for a new run: clears its messages and result, and disables Run. */
export function busy(messages, result, run) {
  messages.replaceChildren();
  result.replaceChildren();
  delete result.dataset.state;
  run.disabled = true;
}

/** Puts a runner's buttons back at rest: Run enabled, Cancel disabled. */
export function idle(run, cancel) {
  run.disabled = false;
  cancel.disabled = true;
}

/**
 * Submits a job of `typeName` with `params`, calls `onStatus(status)` at every poll, and returns the final status
 * with the result of a succeeded job as `result`. Throws ApiError when the submission is refused.
 */
export async function runJob(typeName, params, onStatus = () => {}) {
  const job = await api('/api/jobs', {method: 'POST', body: JSON.stringify({type: typeName, params})});
  let s = job;
  while (!['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(s.state)) {
    onStatus(s);
    await new Promise(r => setTimeout(r, 150));
    s = await api('/api/jobs/' + job.id);
  }
  onStatus(s);
  if (s.state === 'SUCCEEDED') s.result = (await api('/api/jobs/' + job.id + '/result')).result;
  return s;
}

/** Formats seconds as a person reads a time left: "about 40 s", "about 3 min". */
export function timeLeft(seconds) {
  if (seconds === null || seconds === undefined) return '';
  return seconds < 90 ? 'about ' + Math.max(1, Math.round(seconds)) + ' s left' : 'about ' + Math.round(seconds / 60) + ' min left';
}

/** A running job's status in words: state, step count, the step running now and the time left. */
export function statusText(s) {
  return s.state.toLowerCase() + (s.total ? ' ' + s.done + '/' + s.total : '') + (s.note ? ' · ' + s.note : '')
    + (s.secondsLeft !== null && s.secondsLeft !== undefined ? ' · ' + timeLeft(s.secondsLeft) : '');
}

export function askToken(target) {
  const field = el('input', {type: 'password', size: 24, placeholder: 'bearer token'});
  const save = el('button', {type: 'button', onclick: () => { sessionStorage.setItem('strait.token', field.value); target.replaceChildren(); }}, 'Use token');
  target.append(el('p', {}, 'This server needs a token for runs: ', field, ' ', save));
}
