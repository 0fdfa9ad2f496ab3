// The triage page. The whole journey (who is asking, each answer, the plan) lives in this module's
// memory only: nothing goes into a cookie, storage, or the address bar, and the answers leave the
// page only as the body of a POST to /api/assess. Every text from the server is put in with
// textContent, never as HTML.
import {
  Button, Checkboxes, ErrorSummary, ExitThisPage, Radios, SkipLink, createAll
} from '/vendor/govuk-frontend/govuk-frontend.min.js';

document.body.classList.add('govuk-frontend-supported', 'js-enabled');
createAll(SkipLink);
createAll(ExitThisPage);
createAll(Button);

const DONT_KNOW = 'DONT_KNOW';

const REPORTERS = [
  { value: 'YOUNG_PERSON', label: "It's about me",
    hint: 'For young people, and for adults whose own images have been shared or used to threaten them' },
  { value: 'PARENT_OR_CARER', label: "I'm a parent or carer" },
  { value: 'PROFESSIONAL', label: 'I work with children or young people',
    hint: 'For example in a school, college, club, youth service or health service' },
  { value: 'OTHER_ADULT', label: "I'm another adult who is worried about a young person",
    hint: 'For example a relative, friend or neighbour' }
];

// Readable names for the referral reasons; a young person is never shown these.
const TRIGGERS = {
  ADULT_INVOLVED: 'An adult is involved',
  COERCION_OR_BLACKMAIL: 'Pressure, coercion or blackmail',
  CAPACITY_TO_CONSENT: 'Doubt about their capacity to consent',
  EXTREME_CONTENT: 'Extreme or violent content',
  SEXUAL_ACTS_UNDER_13: 'Sexual acts involving a child under 13',
  IMMEDIATE_RISK_OF_HARM: 'An immediate risk of harm'
};

const WHEN = {
  EMERGENCY: { text: 'Now', tag: 'govuk-tag--red' },
  URGENT: { text: 'Today', tag: 'govuk-tag--orange' },
  PROMPT: { text: 'In the next few days', tag: 'govuk-tag--yellow' },
  ROUTINE: { text: 'When you can', tag: 'govuk-tag--grey' }
};

const SET_FIELDS = new Set(['concerns', 'platforms']);

const state = {
  reporter: null,
  situation: {},
  answers: [], // { field, question, label } in the order given, for Back and "Your answers"
  asked: new Set(), // fields answered, "I don't know" included: never asked twice
  assessment: null,
  pending: null, // { field, question, whyItMatters }: a question the person went back to
  error: null
};
let bundle = { sources: [], questions: [] };

const questionArea = document.getElementById('question-area');
const planArea = document.getElementById('plan');
const emergencyArea = document.getElementById('emergency');
const status = document.getElementById('plan-status');

// ---- talking to the server (POST bodies only, never a query string) ----

async function assess(situation) {
  const response = await fetch('/api/assess', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(situation),
    cache: 'no-store',
    credentials: 'omit'
  });
  if (!response.ok) {
    throw new Error('assess answered ' + response.status);
  }
  return response.json();
}

async function loadBundle() {
  try {
    const response = await fetch('/api/bundle', { cache: 'no-store', credentials: 'omit' });
    if (response.ok) {
      bundle = await response.json();
      document.getElementById('review-passed').hidden = !bundle.pastReviewBy;
    }
  } catch (e) {
    // The plan still works without it: sources show by id, indicators as Yes or No.
  }
}

// ---- small DOM helpers ----

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function externalLink(href, text) {
  return el('a', { class: 'govuk-link', href, target: '_blank', rel: 'noreferrer noopener' },
    text, el('span', { class: 'govuk-visually-hidden', text: ' (opens in new tab)' }));
}

function focusHeading(id) {
  const heading = document.getElementById(id);
  if (heading) {
    heading.focus();
  }
}

// ---- what the person has said ----

function choicesFor(field) {
  const fromBundle = findChoices(field);
  if (fromBundle && fromBundle.length) return fromBundle;
  if (field.startsWith('indicators.')) return [{ value: 'YES', label: 'Yes' }, { value: 'NO', label: 'No' }];
  return [];
}

// Choices from /api/bundle: questions[].for[audience].choices, an ordered list of { value, label }.
function findChoices(field) {
  const question = (bundle.questions || []).find((q) => q.field === field);
  const text = question && question.for && (question.for[state.reporter] || question.for.PARENT_OR_CARER);
  const list = text && Array.isArray(text.choices) ? text.choices : [];
  return list.filter((x) => x.value !== 'UNKNOWN' && x.value !== DONT_KNOW);
}

function apply(situation, field, value) {
  const next = JSON.parse(JSON.stringify(situation));
  if (value === DONT_KNOW || (Array.isArray(value) && value.length === 0)) return next;
  if (field.startsWith('indicators.')) {
    next.indicators = next.indicators || {};
    next.indicators[field.substring('indicators.'.length)] = value;
  } else {
    next[field] = value;
  }
  return next;
}

function unapply(situation, field) {
  const next = JSON.parse(JSON.stringify(situation));
  if (field.startsWith('indicators.')) {
    if (next.indicators) delete next.indicators[field.substring('indicators.'.length)];
    if (next.indicators && Object.keys(next.indicators).length === 0) delete next.indicators;
  } else {
    delete next[field];
  }
  return next;
}

function nextQuestion() {
  if (state.pending) return state.pending;
  if (!state.assessment) return null;
  return state.assessment.openQuestions.find((q) => q.field !== 'reporter' && !state.asked.has(q.field)) || null;
}

// ---- the journey ----

async function start() {
  renderWho();
  await loadBundle();
}

async function chooseReporter(reporter) {
  state.reporter = reporter;
  state.situation = { reporter };
  await refresh();
  const who = REPORTERS.find((r) => r.value === reporter);
  state.answers = [{ field: 'reporter', question: 'Who is using this', label: who.label }];
  render();
}

async function answer(question, value, label) {
  state.situation = apply(state.situation, question.field, value);
  state.asked.add(question.field);
  state.answers = state.answers.filter((a) => a.field !== question.field);
  state.answers.push({ field: question.field, question: question.question, whyItMatters: question.whyItMatters, label });
  state.pending = null;
  await refresh();
  render();
}

// Back: forget the last answer and ask that question again.
async function back() {
  const last = state.answers[state.answers.length - 1];
  if (!last || last.field === 'reporter') {
    resetToStart();
    return;
  }
  state.answers.pop();
  state.asked.delete(last.field);
  state.situation = unapply(state.situation, last.field);
  state.pending = { field: last.field, question: last.question, whyItMatters: last.whyItMatters };
  await refresh();
  render();
}

async function change(field) {
  const given = state.answers.find((a) => a.field === field);
  if (!given || field === 'reporter') {
    resetToStart();
    return;
  }
  state.answers = state.answers.filter((a) => a.field !== field);
  state.asked.delete(field);
  state.situation = unapply(state.situation, field);
  state.pending = { field, question: given.question, whyItMatters: given.whyItMatters };
  await refresh();
  render();
}

function resetToStart() {
  state.reporter = null;
  state.situation = {};
  state.answers = [];
  state.asked = new Set();
  state.assessment = null;
  state.pending = null;
  emergencyArea.hidden = true;
  emergencyArea.replaceChildren();
  planArea.hidden = true;
  planArea.replaceChildren();
  status.textContent = '';
  renderWho();
  focusHeading('question-heading');
}

async function refresh() {
  try {
    state.assessment = await assess(state.situation);
    state.error = null;
  } catch (e) {
    state.error = 'Sorry, the plan could not be worked out just now. Try again. If anyone is in danger, call 999.';
  }
}

function render() {
  renderEmergency();
  renderQuestion();
  renderPlan();
  announce();
  focusHeading(nextQuestion() ? 'question-heading' : 'plan-heading');
}

// ---- the question ----

function renderWho(errorText) {
  document.getElementById('intro').hidden = false;
  const form = questionForm('Who is using this?', null,
    'So that the steps are written for you.', REPORTERS, false, errorText, async (value) => {
      if (!value) {
        renderWho('Select who is using this');
        return;
      }
      await chooseReporter(value);
    }, false);
  questionArea.replaceChildren(form);
}

function renderQuestion(errorText) {
  document.getElementById('intro').hidden = true;
  const parts = [];
  if (state.error) {
    parts.push(el('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary' },
      el('div', { role: 'alert' },
        el('h2', { class: 'govuk-error-summary__title', text: 'There is a problem' }),
        el('div', { class: 'govuk-error-summary__body' }, el('p', { class: 'govuk-body', text: state.error })))));
  }
  parts.push(el('a', { href: '#', class: 'govuk-back-link app-no-print', id: 'back-link' }, 'Back'));
  const question = nextQuestion();
  if (!question) {
    // Every question is answered: the plan below is the page now, and gets the focus.
  } else if (question.field === 'childAge') {
    parts.push(ageForm(question, errorText));
  } else {
    const described = (bundle.questions || []).find((q) => q.field === question.field);
    const multiple = described && described.answer ? described.answer === 'SEVERAL' : SET_FIELDS.has(question.field);
    const choices = choicesFor(question.field);
    parts.push(questionForm(question.question, question.field, question.whyItMatters, choices,
      multiple, errorText, async (value, label) => {
        if (value === null) {
          renderQuestion(multiple ? 'Select all that apply, or "I don\'t know"' : 'Select an answer, or "I don\'t know"');
          focusError();
          return;
        }
        await answer(question, value, label);
      }, true));
  }
  questionArea.replaceChildren(...parts);
  document.getElementById('back-link').addEventListener('click', (event) => {
    event.preventDefault();
    back();
  });
  createAll(Radios, undefined, { scope: questionArea });
  createAll(Checkboxes, undefined, { scope: questionArea });
}

function focusError() {
  const summary = questionArea.querySelector('.govuk-error-summary');
  if (summary) summary.focus();
}

function errorSummary(text, target) {
  return el('div', { class: 'govuk-error-summary', 'data-module': 'govuk-error-summary', tabindex: '-1' },
    el('div', { role: 'alert' },
      el('h2', { class: 'govuk-error-summary__title', text: 'There is a problem' }),
      el('div', { class: 'govuk-error-summary__body' },
        el('ul', { class: 'govuk-list govuk-error-summary__list' },
          el('li', {}, el('a', { href: '#' + target, text }))))));
}

// Radios (one answer) or checkboxes (several), always with "I don't know" apart after "or".
function questionForm(title, field, why, choices, multiple, errorText, onAnswer, dontKnow) {
  const kind = multiple ? 'checkboxes' : 'radios';
  const name = 'answer';
  const items = choices.map((choice, i) => item(kind, name, 'answer-' + i, choice.value, choice.label, choice.hint));
  if (dontKnow) {
    items.push(el('div', { class: 'govuk-' + kind + '__divider', text: 'or' }));
    const dk = item(kind, name, 'answer-dont-know', DONT_KNOW, "I don't know", null);
    if (multiple) dk.querySelector('input').setAttribute('data-behaviour', 'exclusive');
    items.push(dk);
  }
  const hintIds = [];
  const children = [];
  if (why) {
    hintIds.push('question-why');
    children.push(el('div', { class: 'govuk-hint app-why', id: 'question-why' },
      el('strong', { text: field ? 'Why this matters: ' : '' }), why));
  }
  if (multiple) {
    hintIds.push('question-hint');
    children.push(el('div', { class: 'govuk-hint', id: 'question-hint', text: 'Select all that apply.' }));
  }
  if (errorText) {
    hintIds.push('question-error');
    children.push(el('p', { class: 'govuk-error-message', id: 'question-error' },
      el('span', { class: 'govuk-visually-hidden', text: 'Error: ' }), errorText));
  }
  const fieldset = el('fieldset', { class: 'govuk-fieldset', 'aria-describedby': hintIds.join(' ') || null },
    el('legend', { class: 'govuk-fieldset__legend govuk-fieldset__legend--l' },
      el('h2', { class: 'govuk-fieldset__heading', id: 'question-heading', tabindex: '-1', text: title })),
    ...children,
    el('div', { class: 'govuk-' + kind, 'data-module': 'govuk-' + kind }, items));
  const group = el('div', { class: 'govuk-form-group' + (errorText ? ' govuk-form-group--error' : '') }, fieldset);
  const button = el('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', 'data-prevent-double-click': 'true', text: 'Continue' });
  const form = el('form', { novalidate: true, id: 'question-form', 'data-field': field || 'reporter' },
    errorText ? errorSummary(errorText, 'answer-0') : null, group, button, planLink());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = [...form.querySelectorAll('input[name="' + name + '"]:checked')];
    if (checked.length === 0) {
      await onAnswer(null);
      return;
    }
    button.disabled = true;
    const labels = checked.map((input) => form.querySelector('label[for="' + input.id + '"]').textContent);
    const values = checked.map((input) => input.value);
    if (values.includes(DONT_KNOW)) {
      await onAnswer(DONT_KNOW, "I don't know");
    } else {
      await onAnswer(multiple ? values : values[0], labels.join('; '));
    }
  });
  return form;
}

// Under each question, a way straight to the plan as it stands (it is below, off a phone's screen).
function planLink() {
  const a = state.assessment;
  if (!a) return null;
  const link = el('a', { class: 'govuk-link', href: '#plan-heading' },
    'See your plan so far (' + (a.steps.length === 1 ? '1 step' : a.steps.length + ' steps') + ')');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    focusHeading('plan-heading');
  });
  return el('p', { class: 'govuk-body app-no-print' }, link);
}

function item(kind, name, id, value, label, hint) {
  const hintId = hint ? id + '-hint' : null;
  return el('div', { class: 'govuk-' + kind + '__item' },
    el('input', { class: 'govuk-' + kind + '__input', id, name, type: kind === 'radios' ? 'radio' : 'checkbox', value, 'aria-describedby': hintId }),
    el('label', { class: 'govuk-label govuk-' + kind + '__label', for: id, text: label }),
    hint ? el('div', { class: 'govuk-hint govuk-' + kind + '__hint', id: hintId, text: hint }) : null);
}

function ageForm(question, errorText) {
  const input = el('input', { class: 'govuk-input govuk-input--width-3' + (errorText ? ' govuk-input--error' : ''),
    id: 'age', name: 'age', type: 'text', inputmode: 'numeric', spellcheck: 'false', autocomplete: 'off',
    'aria-describedby': 'question-why age-hint' + (errorText ? ' question-error' : '') });
  const group = el('div', { class: 'govuk-form-group' + (errorText ? ' govuk-form-group--error' : '') },
    el('h2', { class: 'govuk-label-wrapper', id: 'question-heading', tabindex: '-1' },
      el('label', { class: 'govuk-label govuk-label--l', for: 'age', text: question.question })),
    el('div', { class: 'govuk-hint app-why', id: 'question-why' }, el('strong', { text: 'Why this matters: ' }), question.whyItMatters),
    el('div', { class: 'govuk-hint', id: 'age-hint', text: 'Age in years, for example 15. For anyone over 25, enter 25.' }),
    errorText ? el('p', { class: 'govuk-error-message', id: 'question-error' },
      el('span', { class: 'govuk-visually-hidden', text: 'Error: ' }), errorText) : null,
    input);
  const submit = el('button', { type: 'submit', class: 'govuk-button', 'data-module': 'govuk-button', text: 'Continue' });
  const dontKnow = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'age-dont-know', text: "I don't know" });
  const form = el('form', { novalidate: true, id: 'question-form', 'data-field': 'childAge' },
    errorText ? errorSummary(errorText, 'age') : null, group,
    el('div', { class: 'govuk-button-group' }, submit, dontKnow), planLink());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!/^[0-9]{1,3}$/.test(text)) {
      renderQuestion('Enter an age in years, using numbers, for example 15, or choose "I don\'t know"');
      focusError();
      return;
    }
    const age = Math.min(Number(text), 25);
    submit.disabled = true;
    await answer(question, age, String(age));
  });
  dontKnow.addEventListener('click', async () => {
    dontKnow.disabled = true;
    await answer(question, DONT_KNOW, "I don't know");
  });
  return form;
}

function finished() {
  const printButton = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'print-plan', text: 'Print this plan' });
  printButton.addEventListener('click', () => window.print());
  const again = el('button', { type: 'button', class: 'govuk-button govuk-button--secondary', id: 'start-again', text: 'Start again' });
  again.addEventListener('click', () => resetToStart());
  return el('div', { class: 'govuk-button-group app-no-print', id: 'plan-actions' }, printButton, again);
}

// ---- the plan ----

function renderEmergency() {
  const a = state.assessment;
  const call = a && a.urgency === 'EMERGENCY' ? a.steps.find((s) => s.id === 'call-999') || a.steps[0] : null;
  if (!call) {
    emergencyArea.hidden = true;
    emergencyArea.replaceChildren();
    return;
  }
  emergencyArea.replaceChildren(
    el('h2', { class: 'app-emergency__heading', id: 'emergency-heading' }, 'Call 999 now'),
    el('p', { class: 'govuk-body-l' }, el('a', { class: 'govuk-link app-emergency__call', href: 'tel:999', text: 'Call 999' })),
    el('p', { class: 'govuk-body govuk-!-font-weight-bold', text: call.title }),
    el('p', { class: 'govuk-body', text: call.detail }));
  emergencyArea.hidden = false;
}

function renderPlan() {
  const a = state.assessment;
  if (!a) {
    planArea.hidden = true;
    return;
  }
  const done = !nextQuestion();
  const young = state.reporter === 'YOUNG_PERSON';
  const parts = [
    el('h2', { class: 'govuk-heading-l', id: 'plan-heading', tabindex: '-1', text: done ? 'Your plan' : 'Your plan so far' }),
    done ? el('p', { class: 'govuk-body', id: 'finished', text: 'That\'s all the questions. Start with "Do this first". You can change an answer at the end of the plan.' })
      : el('p', { class: 'govuk-body', text: 'This changes as you answer the questions above.' })
  ];
  parts.push(doFirst(a));
  // What never to do is short and matters as much as the steps: it comes before them.
  if (a.warnings.length) {
    parts.push(el('h3', { class: 'govuk-heading-m', text: young ? "Don't do these" : 'Do not do these' }));
    parts.push(el('div', { id: 'warnings' }, a.warnings.map((w) => warningItem(w))));
  }
  parts.push(el('h3', { class: 'govuk-heading-m', text: 'Steps, in order' }));
  parts.push(el('ol', { class: 'app-steps', id: 'steps' }, a.steps.map((s) => stepItem(s, a))));
  if (!young) parts.push(referral(a));
  if (!young && a.riskFactors.length) {
    parts.push(details('Why the plan says this', el('ul', { class: 'govuk-list govuk-list--bullet' },
      a.riskFactors.map((r) => el('li', { text: r.explanation })))));
  }
  parts.push(answersList());
  if (done) parts.push(finished());
  planArea.replaceChildren(...parts);
  planArea.hidden = false;
}

function doFirst(a) {
  // Only what the assessment says comes first: the page never picks a step of its own.
  const ids = Array.isArray(a.doFirst) ? a.doFirst : [];
  const items = ids.map((id) => {
    const step = a.steps.find((s) => s.id === id);
    if (step) return el('li', { 'data-id': id }, el('strong', { text: step.title }), el('br'), step.detail);
    const warning = a.warnings.find((w) => w.id === id);
    if (warning) return el('li', { 'data-id': id }, el('strong', { text: warning.text }));
    return null;
  }).filter(Boolean);
  if (!items.length) return null;
  return el('div', { class: 'govuk-notification-banner app-do-first', role: 'region', 'aria-labelledby': 'do-first-title', id: 'do-first' },
    el('div', { class: 'govuk-notification-banner__header' },
      el('h3', { class: 'govuk-notification-banner__title', id: 'do-first-title', text: 'Do this first' })),
    el('div', { class: 'govuk-notification-banner__content' },
      el('ol', { class: 'govuk-list govuk-list--number app-do-first__list' }, items)));
}

function stepItem(step, a) {
  const when = WHEN[step.urgency] || WHEN.ROUTINE;
  const contacts = step.contacts.map((id) => a.contacts.find((c) => c.id === id)).filter(Boolean);
  return el('li', { class: 'app-step', 'data-id': step.id, 'data-urgency': step.urgency },
    el('h4', { class: 'govuk-heading-s app-step__title' }, step.title, ' ',
      el('strong', { class: 'govuk-tag ' + when.tag + ' app-step__when', text: when.text })),
    el('p', { class: 'govuk-body', text: step.detail }),
    contacts.length ? el('ul', { class: 'govuk-list app-contacts' }, contacts.map(contactItem)) : null,
    sourcesDetails(step.sources));
}

function contactItem(c) {
  const ways = [];
  if (c.phone) {
    ways.push(el('a', { class: 'govuk-link', href: 'tel:' + c.phone.replace(/[^0-9+]/g, ''), text: c.phone }));
  }
  if (c.url) ways.push(externalLink(c.url, c.url.replace(/^https:\/\//, '').replace(/\/$/, '')));
  if (c.hours) ways.push(c.hours);
  const line = [];
  ways.forEach((way, i) => line.push(i ? ' · ' : '', way));
  return el('li', { class: 'app-contact', 'data-id': c.id },
    el('strong', { text: c.name }), ways.length ? ': ' : '', line,
    c.forWhom ? el('span', { class: 'app-for-whom', text: c.forWhom }) : null);
}

function warningItem(w) {
  return el('div', { class: 'app-warning', 'data-id': w.id },
    el('div', { class: 'govuk-warning-text' },
      el('span', { class: 'govuk-warning-text__icon', 'aria-hidden': 'true', text: '!' }),
      el('strong', { class: 'govuk-warning-text__text' },
        el('span', { class: 'govuk-visually-hidden', text: 'Warning: ' }), w.text)),
    sourcesDetails(w.sources));
}

function sourcesDetails(ids) {
  if (!ids || !ids.length) return null;
  const known = bundle.sources || [];
  return details('Where this advice comes from', el('ul', { class: 'govuk-list govuk-list--bullet app-sources' },
    ids.map((id) => {
      const s = known.find((x) => x.id === id);
      if (!s) return el('li', { text: id });
      const title = s.publisher ? s.title + ' (' + s.publisher + ')' : s.title;
      return el('li', {}, s.url ? externalLink(s.url, title) : title);
    })), 'app-no-print-details');
}

function details(summary, content, extraClass) {
  return el('details', { class: 'govuk-details' + (extraClass ? ' ' + extraClass : '') },
    el('summary', { class: 'govuk-details__summary' }, el('span', { class: 'govuk-details__summary-text', text: summary })),
    el('div', { class: 'govuk-details__text' }, content));
}

function referral(a) {
  const professional = state.reporter === 'PROFESSIONAL';
  const rows = [summaryRow('Referral to the police or children\'s services',
    a.referral.required ? 'Needed' : 'Not needed from what you have said so far')];
  if (a.referral.required && a.referral.triggers.length) {
    rows.push(summaryRow('Because of', el('ul', { class: 'govuk-list' }, a.referral.triggers.map((t) =>
      el('li', {}, TRIGGERS[t] || t, professional ? el('span', { class: 'app-code', text: ' (' + t + ')' }) : null)))));
  }
  return el('div', { id: 'referral' },
    el('h3', { class: 'govuk-heading-m', text: 'Referral' }),
    el('dl', { class: 'govuk-summary-list' }, rows));
}

function summaryRow(key, value, action) {
  return el('div', { class: 'govuk-summary-list__row' + (action ? '' : ' govuk-summary-list__row--no-actions') },
    el('dt', { class: 'govuk-summary-list__key', text: key }),
    el('dd', { class: 'govuk-summary-list__value' }, value),
    action ? el('dd', { class: 'govuk-summary-list__actions' }, action) : null);
}

function answersList() {
  const rows = state.answers.map((given) => {
    const link = el('a', { class: 'govuk-link', href: '#', 'data-field': given.field },
      'Change', el('span', { class: 'govuk-visually-hidden', text: ' your answer to: ' + given.question }));
    link.addEventListener('click', (event) => {
      event.preventDefault();
      change(given.field);
    });
    return summaryRow(given.question, given.label, link);
  });
  return el('div', { id: 'answers', class: 'app-no-print' },
    el('h3', { class: 'govuk-heading-m', text: 'Your answers' }),
    el('dl', { class: 'govuk-summary-list' }, rows));
}

function announce() {
  const a = state.assessment;
  if (!a) return;
  const first = (Array.isArray(a.doFirst) ? a.doFirst : [])
    .map((id) => {
      const s = a.steps.find((x) => x.id === id);
      if (s) return s.title;
      const w = a.warnings.find((x) => x.id === id);
      return w ? w.text : null;
    }).filter(Boolean);
  const count = a.steps.length === 1 ? '1 step' : a.steps.length + ' steps';
  status.textContent = 'Plan updated: ' + count + '.' + (first.length ? ' Do this first: ' + first.join('. ') + '.' : '');
}

start();

// A printed plan shows where each step comes from, so every "Where this advice comes from" opens.
window.addEventListener('beforeprint', () => {
  planArea.querySelectorAll('details').forEach((d) => { d.open = true; });
});
