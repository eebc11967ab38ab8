import { findPosition, nextPosition, isTechnologyLead } from '../domain/ladder';
import { AXES } from '../domain/fluency';
import type { ReviewDue } from '../server/rpc';
import { bandAt, type CardModel } from './cardModel';
import { el, type Child } from './dom';
import { formatAmount, formatDate, formatMonths, formatRatio, formatReview } from './format';
import { radarChart, type RadarSeries } from './radarChart';

function row(term: string, ...details: Child[]): HTMLElement[] {
  return [el('dt', {}, term), el('dd', {}, ...details)];
}

function review(due: ReviewDue): HTMLElement {
  return el('span', { className: `due ${due.status ?? ''}` }, formatReview(due));
}

function fluency(model: CardModel): HTMLElement {
  const { position } = model.state.place;
  const next = nextPosition(model.ladder, position);
  const series: RadarSeries[] = [];
  const assessment = model.card.assessment;
  if (assessment) {
    series.push({
      label: `Assessed${assessment.date ? ` ${formatDate(assessment.date)}` : ''}`,
      levels: assessment.levels,
      className: 'assessed',
    });
  }
  series.push({
    label: `Expected for ${position.code}`,
    levels: AXES.map((axis) => position.expected[axis]),
    className: 'expected',
  });
  if (next)
    series.push({
      label: `Expected for ${next.code}`,
      levels: AXES.map((axis) => next.expected[axis]),
      className: 'next',
    });
  return el(
    'section',
    { className: 'block', attrs: { 'aria-label': 'Fluency' } },
    el('h3', {}, 'Fluency'),
    assessment ? null : el('p', { className: 'gray' }, 'No assessment on the Fluency sheet yet.'),
    radarChart(`Fluency of ${model.card.name}`, series),
  );
}

/** The engineer's facts: place on the ladder, reviews, band, and the fluency radar. */
export function engineerCardView(model: CardModel): HTMLElement {
  const { card } = model;
  const position = findPosition(model.ladder, card.position);
  const band = bandAt(model, model.state.place);
  const lead = card.techLead
    ? position && isTechnologyLead(position, true)
      ? 'Yes (Technology Lead)'
      : 'Yes'
    : 'No';
  return el(
    'section',
    { className: 'card', attrs: { 'aria-labelledby': 'engineer-name' } },
    el('h2', { attrs: { id: 'engineer-name', tabindex: -1 } }, card.name),
    el(
      'dl',
      { className: 'facts' },
      ...row('Position', `${card.position} · step ${card.step} of ${position?.steps ?? '?'}`),
      ...row('Tech lead', lead),
      ...row('Manager', card.manager || '—'),
      ...row(
        'In position',
        `${formatMonths(card.monthsInPosition)} (since ${formatDate(card.inPositionSince)})`,
      ),
      ...row('Next step review', review(card.nextStepReview)),
      ...row('Next level review', review(card.nextLevelReview)),
      ...row('Band amount', formatAmount(band.amount)),
      ...row('Salary', formatAmount(card.salary)),
      ...row('Compa-ratio', formatRatio(band.compaRatio)),
    ),
    fluency(model),
  );
}
