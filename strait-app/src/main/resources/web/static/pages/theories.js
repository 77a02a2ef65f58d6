// Theories: the verdict table (each seed's mechanisms, what the data say about them). Shows what exists now.
export async function render(main, {el}) {
  main.append(el('h1', {}, 'Theories'),
    el('p', {class: 'muted'}, 'What the record says about each claim of the five seed analyses.'),
    el('div', {class: 'note', id: 'theories-missing'},
      'Not yet available: the verdict table. It needs the model mechanisms encoded from the seeds and their fit '
      + 'against the event record (estimated effect, sign, interval and out-of-sample gain per claim), which are not '
      + 'part of this build. No verdict is shown until it is computed from data.'));
}
